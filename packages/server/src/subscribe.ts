import type { AppRuntime } from './appRuntime'
import { channelKind, channelNameProblem, USER_CHANNEL_PREFIX } from './channelName'
import type { Connection } from './connection'
import { MAX_PRESENCE_MEMBERS, type PresenceMember, parsePresenceMember } from './presence'
import { channelAuthString, safeEqual, signChannel } from './signature'

/** Real Pusher sends `pusher:error`; soketi sends `pusher:subscription_error`. We send both so either kind of listener hears it. */
function reject(connection: Connection, channel: string, message: string, status: number): void {
  connection.error(null, message)
  connection.send({
    event: 'pusher:subscription_error',
    channel,
    data: { type: 'AuthError', error: message, status },
  })
}

export function handleSubscribe(app: AppRuntime, connection: Connection, data: unknown) {
  if (typeof data !== 'object' || data === null) {
    return connection.error(null, 'pusher:subscribe needs data {channel, auth?, channel_data?}')
  }
  const { channel, auth, channel_data: rawChannelData } = data as Record<string, unknown>
  // pusher-js forwards what the app's auth endpoint answered, and some answer `"channel_data": null`
  // for private channels; Pusher treats it as absent (and so does the signature).
  const channelData = rawChannelData === null ? undefined : rawChannelData
  const nameProblem = channelNameProblem(channel)
  if (nameProblem || typeof channel !== 'string') {
    const message = `Invalid subscription: ${nameProblem}`
    return typeof channel === 'string'
      ? reject(connection, channel, message, 400)
      : connection.error(null, message)
  }
  if (channelData !== undefined && typeof channelData !== 'string') {
    return reject(connection, channel, 'channel_data must be a JSON-encoded string', 400)
  }
  if (auth !== undefined && typeof auth !== 'string') {
    return reject(connection, channel, 'auth must be a string "key:signature"', 400)
  }
  const kind = channelKind(channel)
  if (kind === 'user') {
    const userId = channel.slice(USER_CHANNEL_PREFIX.length)
    if (connection.user?.id !== userId) {
      return reject(connection, channel, `Sign in as user ${userId} before subscribing to ${channel}`, 403)
    }
    return app.subscribe(connection, channel)
  }
  if (kind === 'public') return app.subscribe(connection, channel)

  const authProblem = checkAuth(app, connection.socketId, channel, auth, channelData)
  if (authProblem) return reject(connection, channel, authProblem, 401)
  connection.authorized = true
  if (kind !== 'presence') return app.subscribe(connection, channel)

  const member = presenceMember(connection, channelData)
  if (typeof member === 'string') return reject(connection, channel, `${member} (${channel})`, 400)
  const roster = app.channels.get(channel)?.roster
  if (roster && roster.size >= MAX_PRESENCE_MEMBERS && !roster.has(member.user_id)) {
    return reject(
      connection,
      channel,
      `Presence channel ${channel} is full (${MAX_PRESENCE_MEMBERS} members)`,
      403,
    )
  }
  app.subscribe(connection, channel, member)
}

function checkAuth(
  app: AppRuntime,
  socketId: string,
  channel: string,
  auth: string | undefined,
  channelData: string | undefined,
): string | undefined {
  if (!auth) return `Auth info required to subscribe to ${channel}`
  const separator = auth.indexOf(':')
  const key = separator === -1 ? '' : auth.slice(0, separator)
  const signature = auth.slice(separator + 1)
  if (key !== app.config.key) return `Invalid key in subscription auth data: '${key}'`
  const expected = signChannel(app.config.secret, socketId, channel, channelData)
  if (safeEqual(expected, signature)) return undefined
  return `Invalid signature: Expected HMAC SHA256 hex digest of ${channelAuthString(socketId, channel, channelData)}, but got ${signature}`
}

/** From `channel_data`, or from the signed-in user when pusher-js sends none. */
function presenceMember(connection: Connection, channelData: string | undefined): PresenceMember | string {
  if (channelData === undefined) {
    if (!connection.user)
      return 'Presence subscriptions need channel_data with a user_id, or a signed-in user'
    const { id, info } = connection.user
    return parsePresenceMember({ user_id: id, user_info: info })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(channelData)
  } catch {
    return 'channel_data is not valid JSON'
  }
  return parsePresenceMember(parsed)
}
