import type { ConnectionState } from '../types'
import { type PartProps, part, root } from './anatomy'
import { defaultUI, type UIContext } from './config'
import { isRetryable } from './isRetryable'
import type { ConnectionLabels } from './labels'

export interface ConnectionStatusInput {
  state: ConnectionState
  labels?: Partial<ConnectionLabels> | undefined
  /** App-wide settings (locale, direction, labels). */
  ui?: UIContext | undefined
  /**
   * Custom content replaces the indicator, label and button: the root itself becomes the polite status
   * region then, so the state is still announced.
   */
  custom?: boolean
}

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
export function connectionStatus({
  state,
  labels: overrides,
  ui = defaultUI,
  custom = false,
}: ConnectionStatusInput): ConnectionStatusAnatomy {
  const labels = { ...ui.labels.connection, ...overrides }
  return {
    text: labels[state],
    retryText: labels.retry,
    retryable: isRetryable(state),
    rootProps: root('connection-status', {
      dir: ui.dir,
      'data-ck-state': state,
      role: custom ? 'status' : undefined,
    }),
    indicatorProps: part('ck-connection-status-indicator', 'indicator', { 'aria-hidden': 'true' }),
    labelProps: part('ck-connection-status-label', 'label', { role: 'status' }),
    retryProps: part('ck-connection-status-retry', 'retry', { type: 'button' }),
  }
}
