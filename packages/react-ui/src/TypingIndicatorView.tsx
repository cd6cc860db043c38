import { defaultLabels, type TypingLabels, typingText } from '@channelkit/core'
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
  const text = typingText(typists, { ...defaultLabels.typing, ...labels }, me)
  return (
    <div
      className={cx('ck-typing-indicator', className)}
      data-ck-scope="typing-indicator"
      data-ck-part="root"
      data-ck-state={text ? 'typing' : 'idle'}
      aria-live="polite"
      aria-atomic="true"
    >
      {text && (
        <span className="ck-typing-indicator-dots" data-ck-part="dots" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
      )}
      <span className="ck-typing-indicator-text" data-ck-part="text">
        {text}
      </span>
    </div>
  )
}
