import { isChannelKitError, type TypingOptions, type TypingSnapshot } from '@channelkit/core'
import { type MaybeRefOrGetter, toValue } from 'vue'
import { attempt } from './attempt'
import { staticStore } from './staticStore'
import { useOwnedStore } from './useOwnedStore'
import { injectKit } from './usePusher'
import { type StoreRefs, useStoreRefs } from './useStoreRefs'
import { renderPhase } from './watchLive'

const idle = staticStore<TypingSnapshot>({ typing: [] })

export type UseTypingResult = StoreRefs<TypingSnapshot> & {
  /** Announce "I am typing" (throttled by core): call it on every keystroke. */
  start(): void
  /** Announce "I stopped" (on blur or send). */
  stop(): void
}

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
    (name) => {
      if (name === null) return null
      const created = attempt(() => kit.typing(name, options))
      return isChannelKitError(created) ? null : created
    },
  )
  return {
    ...useStoreRefs(() => store.value ?? idle),
    start: () => store.value?.start(),
    stop: () => store.value?.stop(),
  }
}
