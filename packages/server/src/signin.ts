import type { AppRuntime } from './appRuntime'
import type { Connection } from './connection'
import { jsonTooDeep, MAX_JSON_DEPTH } from './jsonDepth'
import { safeEqual, signUser } from './signature'

export const MAX_WATCHLIST = 100

function isUserId(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number'
}

/** `pusher:signin`: verifies `key:HMAC(socket_id::user::user_data)` and registers the user. */
export function handleSignin(app: AppRuntime, connection: Connection, data: unknown) {
  const { auth, user_data: userData } = (typeof data === 'object' && data !== null ? data : {}) as Record<
    string,
    unknown
  >
  if (typeof auth !== 'string' || typeof userData !== 'string') {
    return connection.fail(4009, 'Connection not authorized: pusher:signin needs string auth and user_data')
  }
  const expected = `${app.config.key}:${signUser(app.config.secret, connection.socketId, userData)}`
  if (!safeEqual(expected, auth)) {
    return connection.fail(4009, 'Connection not authorized: invalid pusher:signin signature')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(userData)
  } catch {
    return connection.fail(4009, 'Connection not authorized: user_data is not valid JSON')
  }
  if (jsonTooDeep(parsed)) {
    return connection.fail(
      4009,
      `Connection not authorized: user_data nests more than ${MAX_JSON_DEPTH} levels`,
    )
  }
  const user = parsed as { id?: unknown; user_info?: unknown; watchlist?: unknown }
  if (typeof parsed !== 'object' || parsed === null || typeof user.id !== 'string' || user.id === '') {
    return connection.fail(4009, 'Connection not authorized: user_data needs a non-empty string id')
  }
  if (connection.user && connection.user.id !== user.id) {
    return connection.error(null, `Already signed in as user ${connection.user.id}; one user per connection`)
  }
  const requested = Array.isArray(user.watchlist) ? user.watchlist.filter(isUserId).map(String) : []
  const watchlist = requested.slice(0, MAX_WATCHLIST)
  if (!connection.user) app.signIn(connection, { id: user.id, info: user.user_info, watchlist })
  connection.authorized = true
  connection.send({ event: 'pusher:signin_success', data: JSON.stringify({ user_data: userData }) })
  if (requested.length > MAX_WATCHLIST) {
    connection.error(
      4302,
      `Watchlist has ${requested.length} user ids; only the first ${MAX_WATCHLIST} are watched`,
    )
  }
  if (watchlist.length === 0) return
  const online = watchlist.filter((id) => app.users.has(id))
  const offline = watchlist.filter((id) => !app.users.has(id))
  const events = [
    ...(online.length ? [{ name: 'online', user_ids: online }] : []),
    ...(offline.length ? [{ name: 'offline', user_ids: offline }] : []),
  ]
  connection.send({ event: 'pusher_internal:watchlist_events', data: JSON.stringify({ events }) })
}
