import { type PartProps, part, root } from './anatomy'
import { defaultUI, type UIContext } from './config'
import type { TypingLabels } from './labels'
import { typingText } from './typingText'

export interface Typist {
  id: string
  name?: string | undefined
}

export interface TypingIndicatorInput {
  /** Who is typing, in order (core's `typing` snapshot or any `{ id, name }` list). */
  typists: readonly Typist[]
  /** The current user's id: never shown. */
  me?: string | undefined
  labels?: Partial<TypingLabels> | undefined
  /** App-wide settings (locale, direction, labels). */
  ui?: UIContext | undefined
}

export interface TypingIndicatorAnatomy {
  /** "Alice and Bob are typing…", '' when nobody (else) is. */
  text: string
  /** Who is typing, the current user left out: what custom content receives. */
  typists: readonly Typist[]
  /** The polite live region: it stays mounted, and its text changes only with the sentence. */
  rootProps: PartProps
  dotsProps: PartProps
  textProps: PartProps
}

/** Everything `TypingIndicator` renders, for any renderer. */
export function typingIndicator({
  typists,
  me,
  labels,
  ui = defaultUI,
}: TypingIndicatorInput): TypingIndicatorAnatomy {
  const text = typingText(typists, { ...ui.labels.typing, ...labels }, me, ui.locale)
  return {
    text,
    typists: typists.filter((t) => t.id !== me),
    rootProps: root('typing-indicator', {
      dir: ui.dir,
      'data-ck-state': text ? 'typing' : 'idle',
      'aria-live': 'polite',
      'aria-atomic': 'true',
    }),
    dotsProps: part('ck-typing-indicator-dots', 'dots', { 'aria-hidden': 'true' }),
    textProps: part('ck-typing-indicator-text', 'text'),
  }
}
