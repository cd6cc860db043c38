import type { AppRuntime } from './app-runtime'
import { channelKind } from './channel-name'
import { CLIENT_EVENTS_PER_SECOND, type Connection, type OutMessage } from './connection'

export const MAX_CLIENT_EVENT_BYTES = 10 * 1024

/** `client-*` events: private and presence channels only, never echoed, rate limited. */
export function handleClientEvent(
  app: AppRuntime,
  connection: Connection,
  message: { event: string; channel?: unknown; data?: unknown },
) {
  const { event, channel, data } = message
  if (!connection.allowClientEvent()) {
    return connection.error(
      4301,
      `Client event rejected - rate limit exceeded (at most ${CLIENT_EVENTS_PER_SECOND} per second)`,
    )
  }
  if (app.config.clientEvents === false) {
    return connection.error(4301, 'The app does not have client messaging enabled.')
  }
  if (typeof channel !== 'string') {
    return connection.error(null, `Client event ${event} rejected - it needs a channel`)
  }
  const kind = channelKind(channel)
  if (kind === 'encrypted') {
    return connection.error(null, 'Client event rejected - not supported on private-encrypted channels')
  }
  if (kind !== 'private' && kind !== 'presence') {
    return connection.error(null, 'Client event rejected - only supported on private and presence channels')
  }
  const target = app.channels.get(channel)
  if (!target?.subscribers.has(connection)) {
    return connection.error(null, `Client event rejected - not subscribed to channel ${channel}`)
  }
  const size =
    data === undefined ? 0 : Buffer.byteLength(typeof data === 'string' ? data : JSON.stringify(data))
  if (size > MAX_CLIENT_EVENT_BYTES) {
    return connection.error(
      null,
      `Client event rejected - data is ${size} bytes, at most ${MAX_CLIENT_EVENT_BYTES}`,
    )
  }
  const out: OutMessage = { event, channel, data }
  const userId = kind === 'presence' ? connection.subscriptions.get(channel) : undefined
  if (userId !== undefined) out.user_id = userId
  app.broadcast(target, out, connection)
  app.webhooks.send({
    name: 'client_event',
    channel,
    event,
    data: typeof data === 'string' ? data : JSON.stringify(data ?? null),
    socket_id: connection.socketId,
    ...(userId === undefined ? {} : { user_id: userId }),
  })
}
