import type { ConnectionState } from '@channelkit/core'
import { type ConnectionLabels, connectionStatus, reactProps } from '@channelkit/core/ui'
import type { ReactNode } from 'react'
import { cx } from './cx'

export interface ConnectionStatusViewProps {
  state: ConnectionState
  /** Called by the retry button, shown when the state is unavailable, failed or disconnected. */
  onRetry?: () => void
  labels?: Partial<ConnectionLabels>
  className?: string
}

/** A badge for the connection state; the label is a polite status region. */
export function ConnectionStatusView({
  state,
  onRetry,
  labels,
  className,
}: ConnectionStatusViewProps): ReactNode {
  const ui = connectionStatus(state, labels)
  return (
    <div {...reactProps(ui.rootProps)} className={cx(ui.rootProps.class as string, className)}>
      <span {...reactProps(ui.indicatorProps)} />
      <span {...reactProps(ui.labelProps)}>{ui.text}</span>
      {ui.retryable && (
        <button {...reactProps(ui.retryProps)} type="button" onClick={() => onRetry?.()}>
          {ui.retryText}
        </button>
      )}
    </div>
  )
}
