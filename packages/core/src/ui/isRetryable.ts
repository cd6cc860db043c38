import type { ConnectionState } from '../types'

/** States where pusher-js has stopped trying (or is waiting a long while) and a retry button helps. */
export function isRetryable(state: ConnectionState): boolean {
  return state === 'unavailable' || state === 'failed' || state === 'disconnected'
}
