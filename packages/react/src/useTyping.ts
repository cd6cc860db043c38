import {
  constantStore,
  createTypingStore,
  EMPTY_TYPING,
  type TypingActions,
  type TypingOptions,
  type TypingSnapshot,
  typingActions,
} from '@channelkit/core'
import { useCallback, useMemo } from 'react'
import { useKit } from './context'
import { useOwnedStore } from './useOwnedStore'
import { useStore } from './useStore'

const idle = constantStore(EMPTY_TYPING)

/** `typing`: who is typing now (never you); `start()` on every keystroke (throttled by core), `stop()` on blur/send. */
export interface UseTypingResult extends TypingSnapshot, TypingActions {}

/** Who is typing on a private or presence channel, and how to announce your own typing. */
export function useTyping(channel: string | null, options?: TypingOptions): UseTypingResult {
  const kit = useKit('useTyping')
  const { event, timeout, throttle } = options ?? {}
  const userId = options?.user?.id
  const userName = options?.user?.name
  const create = useCallback(() => {
    const user = userId === undefined ? undefined : { id: userId, name: userName }
    return createTypingStore(kit, channel, { event, timeout, throttle, user })
  }, [kit, channel, event, timeout, throttle, userId, userName])
  const [store, ref] = useOwnedStore(create)
  const { typing } = useStore(store ?? idle)
  const actions = useMemo(() => typingActions(() => ref.current), [ref])
  return useMemo(() => ({ typing, ...actions }), [typing, actions])
}
