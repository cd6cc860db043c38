import {
  createTypingStore,
  type TypingActions,
  type TypingOptions,
  type TypingSnapshot,
} from '@channelkit/core'
import { constantStore, EMPTY_TYPING, typingActions } from '@channelkit/core/adapter'
import { useCallback, useMemo } from 'react'
import { useKit } from './context'
import { useOwnedStore } from './useOwnedStore'
import { useStore } from './useStore'

const idle = /* @__PURE__ */ constantStore(EMPTY_TYPING)

/** `typing`: who is typing now (never you); `start()` on every keystroke (throttled by core), `stop()` on blur/send. */
export interface UseTypingResult extends TypingSnapshot, TypingActions {}

/** Who is typing on a private or presence channel, and how to announce your own typing. */
export function useTyping(channel: string | null, options?: TypingOptions): UseTypingResult {
  const kit = useKit('useTyping')
  const { event, timeout, throttle } = options ?? {}
  // The user's fields, not the object: an inline `user` must not make a new store on every render.
  const { id: userId, name: userName } = options?.user ?? {}
  const create = useCallback(() => {
    const user = userId === undefined ? undefined : { id: userId, name: userName }
    return createTypingStore(kit, channel, { event, timeout, throttle, user })
  }, [kit, channel, event, timeout, throttle, userId, userName])
  const [store, actions] = useOwnedStore(create, typingActions)
  const { typing } = useStore(store ?? idle)
  return useMemo(() => ({ typing, ...actions }), [typing, actions])
}
