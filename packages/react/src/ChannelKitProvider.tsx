import { type ChannelKit, type ChannelKitOptions, createChannelKit } from '@channelkit/core'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { ChannelKitContext } from './context'

export type ChannelKitProviderProps = { children?: ReactNode } & (
  | {
      /** A kit the app created (and destroys) itself. */
      kit: ChannelKit
      appKey?: never
      options?: never
    }
  | {
      kit?: never
      /** The Pusher app key. The provider creates a kit once and destroys it on unmount. */
      appKey: string
      /** pusher-js and ChannelKit options (read once, like the key). */
      options?: Omit<ChannelKitOptions, 'key'>
    }
)

/** Makes a kit available to every ChannelKit hook below it. */
export function ChannelKitProvider({ kit, appKey, options, children }: ChannelKitProviderProps): ReactNode {
  // Creating a kit is cheap and connects nothing, so StrictMode's discarded initializer call costs nothing.
  const [owned] = useState(() => (kit ? undefined : createChannelKit({ ...options, key: appKey })))
  const pendingDestroy = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    if (!owned) return
    // StrictMode unmounts and re-mounts at once: cancel the deferred destroy instead of making a second kit.
    clearTimeout(pendingDestroy.current)
    return () => {
      pendingDestroy.current = setTimeout(() => owned.destroy())
    }
  }, [owned])

  return <ChannelKitContext.Provider value={kit ?? owned ?? null}>{children}</ChannelKitContext.Provider>
}
