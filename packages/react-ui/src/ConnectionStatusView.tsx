import { type ConnectionLabels, type ConnectionState, defaultLabels, isRetryable } from '@channelkit/core'
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
  const text = { ...defaultLabels.connection, ...labels }
  return (
    <div
      className={cx('ck-connection-status', className)}
      data-ck-scope="connection-status"
      data-ck-part="root"
      data-ck-state={state}
    >
      <span className="ck-connection-status-indicator" data-ck-part="indicator" aria-hidden="true" />
      <span className="ck-connection-status-label" data-ck-part="label" role="status">
        {text[state]}
      </span>
      {isRetryable(state) && (
        <button
          type="button"
          className="ck-connection-status-retry"
          data-ck-part="retry"
          onClick={() => onRetry?.()}
        >
          {text.retry}
        </button>
      )}
    </div>
  )
}
