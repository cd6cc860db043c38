import {
  createTypingStore,
  type TypingActions,
  type TypingOptions,
  type TypingSnapshot,
} from '@channelkit/core'
import { constantStore, EMPTY_TYPING, typingActions } from '@channelkit/core/adapter'
import { type MaybeRefOrGetter, toValue } from 'vue'
import { useOwnedStore } from './useOwnedStore'
import { injectKit } from './usePusher'
import { type StoreRefs, useStoreRefs } from './useStoreRefs'
import { renderPhase } from './watchLive'

const idle = /* @__PURE__ */ constantStore(EMPTY_TYPING)

/** Ref `typing`: who is typing now (never you); `start()` on every keystroke (throttled by core), `stop()` on blur/send. */
export type UseTypingResult = StoreRefs<TypingSnapshot> & TypingActions

/**
 * `typing`: who is typing on a private or presence channel (never you), and how to announce your own
 * typing. A new channel name starts over; `options` are read once.
 */
export function useTyping(
  channel: MaybeRefOrGetter<string | null>,
  options?: TypingOptions,
): UseTypingResult {
  const kit = injectKit('useTyping')
  const store = useOwnedStore(
    renderPhase(),
    () => toValue(channel),
    (name) => createTypingStore(kit, name, options),
  )
  return {
    ...useStoreRefs(() => store.value ?? idle),
    ...typingActions(() => store.value),
  }
}
