import type { AppRuntime } from './appRuntime'
import { channelKind } from './channelName'
import type { Channel } from './channels'
import { CLIENT_EVENTS_PER_SECOND, type Connection, type OutMessage } from './connection'
import type { ServerInputErrorCode } from './errors'
import { MAX_EVENT_NAME_LENGTH } from './events'

export const MAX_CLIENT_EVENT_BYTES = 10 * 1024

export interface ClientEvent {
  event: string
  channel?: unknown
  data?: unknown
}

/** Why a client event is refused: the `pusher:error` code and message, and the matching input-error code. */
export interface ClientEventProblem {
  code: number | null
  message: string
  reason: ServerInputErrorCode
}

const problem = (reason: ServerInputErrorCode, message: string, code: number | null = null) => ({
  code,
  message,
  reason,
})

/** PROTOCOL.md §3's rules (all but the rate limit): the channel the event goes to, or why it may not. */
export function checkClientEvent(
  app: AppRuntime,
  connection: Connection,
  { event, channel, data }: ClientEvent,
): Channel | ClientEventProblem {
  if (app.config.clientEvents === false) {
    return problem('client_events_disabled', 'The app does not have client messaging enabled.', 4301)
  }
  // The HTTP API's limit on event names; longer ones would reach every subscriber and every webhook.
  if (event.length > MAX_EVENT_NAME_LENGTH) {
    return problem(
      'invalid_event',
      `Client event rejected - the event name is ${event.length} characters, at most ${MAX_EVENT_NAME_LENGTH}`,
    )
  }
  if (typeof channel !== 'string') {
    return problem('invalid_channel', `Client event ${event} rejected - it needs a channel`)
  }
  const kind = channelKind(channel)
  if (kind === 'encrypted') {
    return problem('invalid_channel', 'Client event rejected - not supported on private-encrypted channels')
  }
  if (kind !== 'private' && kind !== 'presence') {
    return problem(
      'invalid_channel',
      'Client event rejected - only supported on private and presence channels',
    )
  }
  const target = app.channels.get(channel)
  if (!target?.subscribers.has(connection)) {
    return problem('unknown_member', `Client event rejected - not subscribed to channel ${channel}`)
  }
  const size =
    data === undefined ? 0 : Buffer.byteLength(typeof data === 'string' ? data : JSON.stringify(data))
  if (size > MAX_CLIENT_EVENT_BYTES) {
    return problem(
      'invalid_data',
      `Client event rejected - data is ${size} bytes, at most ${MAX_CLIENT_EVENT_BYTES}`,
    )
  }
  return target
}

/** Broadcasts to every other subscriber (with the sender's user id on presence channels) and fires the webhook. */
export function relayClientEvent(
  app: AppRuntime,
  connection: Connection,
  target: Channel,
  { event, data }: ClientEvent,
): void {
  const channel = target.name
  const out: OutMessage = { event, channel, data }
  const userId = target.kind === 'presence' ? connection.subscriptions.get(channel) : undefined
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

/** `client-*` events: private and presence channels only, never echoed, rate limited. */
export function handleClientEvent(app: AppRuntime, connection: Connection, message: ClientEvent) {
  if (!connection.allowClientEvent()) {
    return connection.error(
      4301,
      `Client event rejected - rate limit exceeded (at most ${CLIENT_EVENTS_PER_SECOND} per second)`,
    )
  }
  const target = checkClientEvent(app, connection, message)
  if ('reason' in target) return connection.error(target.code, target.message)
  relayClientEvent(app, connection, target, message)
}
