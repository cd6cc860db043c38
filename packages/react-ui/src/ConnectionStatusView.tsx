import type { ConnectionState } from '@channelkit/core'
import { type ConnectionLabels, connectionStatus, reactProps } from '@channelkit/core/ui'
import type { ReactNode } from 'react'
import { useChannelKitUI } from './ChannelKitUIProvider'
import { cx } from './cx'

/** What custom content of `ConnectionStatus` receives. */
export interface ConnectionStatusContent {
  state: ConnectionState
  /** The label of the state ("Connected"). */
  text: string
  /** Whether a retry makes sense now (unavailable, failed, disconnected). */
  retryable: boolean
  retry: () => void
  retryText: string
}

export interface ConnectionStatusViewProps {
  state: ConnectionState
  /** Called by the retry button, shown when the state is unavailable, failed or disconnected. */
  onRetry?: () => void
  /**
   * Replaces the indicator, label and retry button; the root then is the polite status region, so the
   * state is still announced.
   */
  renderContent?: (content: ConnectionStatusContent) => ReactNode
  /** Strings over the app-wide ones: one per state, plus `retry`. */
  labels?: Partial<ConnectionLabels>
  /** Added to the root element's classes. */
  className?: string
}

/** A badge for the connection state; the label is a polite status region. */
export function ConnectionStatusView({
  state,
  onRetry,
  renderContent,
  labels,
  className,
}: ConnectionStatusViewProps): ReactNode {
  const ui = connectionStatus({ state, labels, ui: useChannelKitUI(), custom: renderContent !== undefined })
  const retry = () => onRetry?.()
  return (
    <div {...reactProps(ui.rootProps)} className={cx(ui.rootProps.class as string, className)}>
      {renderContent ? (
        renderContent({ state, text: ui.text, retryable: ui.retryable, retry, retryText: ui.retryText })
      ) : (
        <>
          <span {...reactProps(ui.indicatorProps)} />
          <span {...reactProps(ui.labelProps)}>{ui.text}</span>
          {ui.retryable && (
            <button {...reactProps(ui.retryProps)} type="button" onClick={retry}>
              {ui.retryText}
            </button>
          )}
        </>
      )}
    </div>
  )
}
