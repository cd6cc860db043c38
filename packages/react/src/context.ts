import type { ChannelKit } from '@channelkit/core'
import { missingKitError } from '@channelkit/core/adapter'
import { createContext, useContext } from 'react'
import { version } from '../package.json'

export const ChannelKitContext = createContext<ChannelKit | null>(null)

const noKit = missingKitError('@channelkit/react', version)

/** The kit from the nearest provider; `api` names the hook in the misuse error. */
export function useKit(api: string): ChannelKit {
  const kit = useContext(ChannelKitContext)
  if (kit !== null) return kit
  throw noKit(
    api,
    process.env.NODE_ENV !== 'production' &&
      'must be used inside <ChannelKitProvider>. Wrap your app: <ChannelKitProvider kit={createChannelKit({ key, cluster })}>…</ChannelKitProvider>.',
  )
}
