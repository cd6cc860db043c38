import type Pusher from 'pusher-js'
import { INITIAL_CONNECTION } from './snapshots'
import { createStore } from './store'
import type { ConnectionError, ConnectionSnapshot, ConnectionState } from './types'

interface StateChange {
  previous: ConnectionState
  current: ConnectionState
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined
}

/**
 * pusher-js reports errors in several shapes: `{ type: 'PusherError', data: { code, message } }`,
 * `{ type: 'WebSocketError', error }` (where `error` may itself be a PusherError or a DOM/ws error),
 * `{ type: 'HandshakeError' | 'MessageParseError', error }`.
 */
export function toConnectionError(raw: unknown): ConnectionError {
  const outer = asRecord(raw)
  const inner = asRecord(outer?.error)
  const data = asRecord(outer?.data) ?? asRecord(inner?.data)
  const code = [data?.code, inner?.code, outer?.code].find((c) => typeof c === 'number') as number | undefined
  const message = [data?.message, inner?.message, outer?.message, outer?.error].find(
    (m) => typeof m === 'string' && m !== '',
  ) as string | undefined
  return {
    type: typeof outer?.type === 'string' ? outer.type : 'Error',
    code,
    message: message ?? (typeof raw === 'string' ? raw : 'Connection error'),
  }
}

/** The connection store, fed by one pusher-js client. */
export function createConnectionStore() {
  const store = createStore<ConnectionSnapshot>(INITIAL_CONNECTION)

  const attach = (client: Pusher) => {
    const connection = client.connection
    const state = connection.state as ConnectionState
    store.set({
      state,
      previous: 'initialized',
      socketId: state === 'connected' ? connection.socket_id : undefined,
      error: undefined,
    })
    const onStateChange = ({ previous, current }: StateChange) => {
      store.update((s) => ({
        state: current,
        previous,
        socketId: current === 'connected' ? connection.socket_id : undefined,
        error: current === 'connected' ? undefined : s.error,
      }))
    }
    const onError = (raw: unknown) => {
      store.update((s) => ({ ...s, error: toConnectionError(raw) }))
    }
    connection.bind('state_change', onStateChange)
    connection.bind('error', onError)
    return () => {
      connection.unbind('state_change', onStateChange)
      connection.unbind('error', onError)
    }
  }

  return { store, attach }
}
