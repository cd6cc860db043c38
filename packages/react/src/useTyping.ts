import { isChannelKitError, type TypingOptions, type TypingSnapshot, type Typist } from '@channelkit/core'
import { useCallback, useMemo } from 'react'
import { attempt } from './attempt'
import { useKit } from './context'
import { staticStore } from './staticStore'
import { useOwnedStore } from './useOwnedStore'
import { useStore } from './useStore'

const idle = staticStore<TypingSnapshot>({ typing: [] })

export interface UseTypingResult {
  /** Who is typing now (never you). */
  typing: readonly Typist[]
  /** Announce "I am typing" (throttled by core): call it on every keystroke. */
  start(): void
  /** Announce "I stopped" (on blur or send). */
  stop(): void
}

/** Who is typing on a private or presence channel, and how to announce your own typing. */
export function useTyping(channel: string | null, options?: TypingOptions): UseTypingResult {
  const kit = useKit('useTyping')
  const { event, timeout, throttle } = options ?? {}
  const userId = options?.user?.id
  const userName = options?.user?.name
  const create = useCallback(() => {
    if (channel === null) return null
    const user = userId === undefined ? undefined : { id: userId, name: userName }
    const store = attempt(() => kit.typing(channel, { event, timeout, throttle, user }))
    return isChannelKitError(store) ? null : store
  }, [kit, channel, event, timeout, throttle, userId, userName])
  const [store, ref] = useOwnedStore(create)
  const { typing } = useStore(store ?? idle)
  const start = useCallback(() => ref.current?.start(), [ref])
  const stop = useCallback(() => ref.current?.stop(), [ref])
  return useMemo(() => ({ typing, start, stop }), [typing, start, stop])
}
