import { reactProps, type TypingLabels, type Typist, typingIndicator } from '@channelkit/core/ui'
import type { ReactNode } from 'react'
import { useChannelKitUI } from './ChannelKitUIProvider'
import { cx } from './cx'

/** What custom content of `TypingIndicator` receives. */
export interface TypingIndicatorContent {
  /** "Alice and Bob are typing…", '' when nobody is. */
  text: string
  /** Who is typing, the current user left out. */
  typists: readonly Typist[]
}

export interface TypingIndicatorViewProps {
  /** Who is typing, in order (core's `typing` snapshot or any `{ id, name }` list). */
  typists: readonly Typist[]
  /** The current user's id: never shown. */
  me?: string | undefined
  /** Replaces the dots and the sentence, inside the polite live region. */
  renderContent?: (content: TypingIndicatorContent) => ReactNode
  /** Strings over the app-wide ones: `someone`, `one`, `two`, `three`, `many`. */
  labels?: Partial<TypingLabels>
  /** Added to the root element's classes. */
  className?: string
}

/**
 * "Alice and Bob are typing…". The polite live region stays mounted (empty when nobody types) and its
 * text only changes with the sentence, so screen readers hear each change once.
 */
export function TypingIndicatorView({
  typists,
  me,
  renderContent,
  labels,
  className,
}: TypingIndicatorViewProps): ReactNode {
  const ui = typingIndicator({ typists, me, labels, ui: useChannelKitUI() })
  return (
    <div {...reactProps(ui.rootProps)} className={cx(ui.rootProps.class as string, className)}>
      {renderContent ? (
        renderContent({ text: ui.text, typists: ui.typists })
      ) : (
        <>
          {ui.text && (
            <span {...reactProps(ui.dotsProps)}>
              <span />
              <span />
              <span />
            </span>
          )}
          <span {...reactProps(ui.textProps)}>{ui.text}</span>
        </>
      )}
    </div>
  )
}
