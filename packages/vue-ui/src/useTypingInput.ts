import type { TypingOptions } from '@channelkit/core'
import { useTyping } from '@channelkit/vue'
import type { MaybeRefOrGetter } from 'vue'

export interface UseTypingInputReturn {
  /** `v-bind` on the input: announces typing on input (throttled) and stops on blur. */
  inputProps: { onInput: () => void; onBlur: () => void }
  start: () => void
  /** Call when the message is sent. */
  stop: () => void
}

/** Announces your typing on a private or presence channel from an input or textarea. */
export function useTypingInput(
  channel: MaybeRefOrGetter<string | null>,
  options?: TypingOptions,
): UseTypingInputReturn {
  const { start, stop } = useTyping(channel, options)
  return { inputProps: { onInput: start, onBlur: stop }, start, stop }
}
