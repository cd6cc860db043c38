import { type PartProps, part, root } from './anatomy'
import { defaultLabels, type TypingLabels } from './labels'
import { typingText } from './typingText'

export interface TypingIndicatorAnatomy {
  /** "Alice and Bob are typing…", '' when nobody (else) is. */
  text: string
  /** The polite live region: it stays mounted, and its text changes only with the sentence. */
  rootProps: PartProps
  dotsProps: PartProps
  textProps: PartProps
}

/** Everything `TypingIndicator` renders, for any renderer. */
export function typingIndicator(
  typists: readonly { id: string; name?: string | undefined }[],
  me: string | undefined,
  overrides?: Partial<TypingLabels>,
): TypingIndicatorAnatomy {
  const text = typingText(typists, { ...defaultLabels.typing, ...overrides }, me)
  return {
    text,
    rootProps: root('typing-indicator', {
      'data-ck-state': text ? 'typing' : 'idle',
      'aria-live': 'polite',
      'aria-atomic': 'true',
    }),
    dotsProps: part('ck-typing-indicator-dots', 'dots', { 'aria-hidden': 'true' }),
    textProps: part('ck-typing-indicator-text', 'text'),
  }
}
