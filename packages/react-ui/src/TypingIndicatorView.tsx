import { reactProps, type TypingLabels, typingIndicator } from '@channelkit/core/ui'
import type { ReactNode } from 'react'
import { cx } from './cx'

export interface TypingIndicatorViewProps {
  /** Who is typing, in order (core's `typing` snapshot or any `{ id, name }` list). */
  typists: readonly { id: string; name?: string | undefined }[]
  /** The current user's id: never shown. */
  me?: string | undefined
  labels?: Partial<TypingLabels>
  className?: string
}

/**
 * "Alice and Bob are typing…". The polite live region stays mounted (empty when nobody types) and its
 * text only changes with the sentence, so screen readers hear each change once.
 */
export function TypingIndicatorView({ typists, me, labels, className }: TypingIndicatorViewProps): ReactNode {
  const ui = typingIndicator(typists, me, labels)
  return (
    <div {...reactProps(ui.rootProps)} className={cx(ui.rootProps.class as string, className)}>
      {ui.text && (
        <span {...reactProps(ui.dotsProps)}>
          <span />
          <span />
          <span />
        </span>
      )}
      <span {...reactProps(ui.textProps)}>{ui.text}</span>
    </div>
  )
}
