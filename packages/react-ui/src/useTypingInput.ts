import type { TypingOptions } from '@channelkit/core'
import { useTyping } from '@channelkit/react'
import { useMemo } from 'react'

export interface UseTypingInputResult {
  /** Spread on the input: announces typing on input (throttled) and stops on blur. */
  inputProps: { onInput: () => void; onBlur: () => void }
  start: () => void
  /** Call when the message is sent. */
  stop: () => void
}

/** Announces your typing on a private or presence channel from an input or textarea. */
export function useTypingInput(channel: string | null, options?: TypingOptions): UseTypingInputResult {
  const { start, stop } = useTyping(channel, options)
  return useMemo(() => ({ inputProps: { onInput: start, onBlur: stop }, start, stop }), [start, stop])
}
