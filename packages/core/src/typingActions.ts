import type { TypingActions, TypingStore } from './types'

/** Adapter helper: `start`/`stop` of a typing store held only once mounted; before that they do nothing. */
export function typingActions(current: () => TypingStore | null): TypingActions {
  return {
    start: () => current()?.start(),
    stop: () => current()?.stop(),
  }
}
