import type { ConnectionState } from '../types'
import { type PartProps, part, root } from './anatomy'
import { isRetryable } from './isRetryable'
import { type ConnectionLabels, defaultLabels } from './labels'

export interface ConnectionStatusAnatomy {
  /** The label of the state. */
  text: string
  retryText: string
  /** Whether to offer the retry button (pusher-js stopped trying, or waits a long while). */
  retryable: boolean
  rootProps: PartProps
  indicatorProps: PartProps
  /** A polite status region: the state is announced when it changes. */
  labelProps: PartProps
  retryProps: PartProps
}

/** Everything `ConnectionStatus` renders, for any renderer. */
export function connectionStatus(
  state: ConnectionState,
  overrides?: Partial<ConnectionLabels>,
): ConnectionStatusAnatomy {
  const labels = { ...defaultLabels.connection, ...overrides }
  return {
    text: labels[state],
    retryText: labels.retry,
    retryable: isRetryable(state),
    rootProps: root('connection-status', { 'data-ck-state': state }),
    indicatorProps: part('ck-connection-status-indicator', 'indicator', { 'aria-hidden': 'true' }),
    labelProps: part('ck-connection-status-label', 'label', { role: 'status' }),
    retryProps: part('ck-connection-status-retry', 'retry', { type: 'button' }),
  }
}
