import type { IncomingMessage, ServerResponse } from 'node:http'
import type Pusher from 'pusher'
import type { AppRuntime } from './appRuntime'
import { channelKind, channelNameProblem } from './channelName'
import { BodyTooLargeError, readBody, sendError, sendJson } from './httpUtils'
import { jsonTooDeep, MAX_JSON_DEPTH } from './jsonDepth'
import type { DevUser } from './types'

export const USER_HEADER = 'x-channelkit-user'
const SOCKET_ID = /^\d+\.\d+$/

interface DevAuthContext {
  defaultApp: AppRuntime
  appByKey(key: string): AppRuntime | undefined
  sdkFor(app: AppRuntime): Pusher
}

/** Accepts what pusher-js sends (form-encoded) and JSON. */
function parseParams(
  body: string,
  contentType: string | undefined,
  query: URLSearchParams,
): Record<string, unknown> {
  const params: Record<string, unknown> = Object.fromEntries(query)
  if (contentType?.includes('application/json')) {
    const value: unknown = body ? JSON.parse(body) : {}
    if (typeof value === 'object' && value !== null) Object.assign(params, value)
  } else {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body)))
  }
  return params
}

function parseJsonParam(value: unknown, name: string): unknown {
  let parsed = value
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value)
    } catch {
      throw new Error(`${name} must be JSON (got ${value.slice(0, 60)})`)
    }
  }
  if (jsonTooDeep(parsed)) throw new Error(`${name} must not nest more than ${MAX_JSON_DEPTH} levels`)
  return parsed
}

function parseWatchlist(value: unknown): string[] | undefined {
  if (value === undefined || value === '') return undefined
  const parsed =
    typeof value === 'string' && !value.startsWith('[')
      ? value.split(',')
      : parseJsonParam(value, 'watchlist')
  if (!Array.isArray(parsed) || parsed.some((id) => typeof id !== 'string' && typeof id !== 'number'))
    throw new Error('watchlist must be a JSON array or a comma-separated list of user ids')
  return parsed.map(String)
}

/** The user named by `user_id` (+ `user_info`, `watchlist`) params or the `X-ChannelKit-User` header. */
function requestUser(request: IncomingMessage, params: Record<string, unknown>): DevUser | undefined {
  if (params.user_id !== undefined && params.user_id !== '') {
    const info = params.user_info === undefined ? undefined : parseJsonParam(params.user_info, 'user_info')
    const watchlist = parseWatchlist(params.watchlist)
    return {
      id: String(params.user_id),
      ...(info === undefined ? {} : { info }),
      ...(watchlist ? { watchlist } : {}),
    }
  }
  const header = request.headers[USER_HEADER]
  if (typeof header !== 'string' || header === '') return undefined
  const user = parseJsonParam(header, 'The X-ChannelKit-User header') as Partial<DevUser> | null
  if (
    typeof user !== 'object' ||
    user === null ||
    (typeof user.id !== 'string' && typeof user.id !== 'number')
  ) {
    throw new Error('The X-ChannelKit-User header must be JSON {"id":"…","info":{…}}')
  }
  const watchlist = parseWatchlist(user.watchlist)
  return {
    id: String(user.id),
    ...(user.info === undefined ? {} : { info: user.info }),
    ...(watchlist ? { watchlist } : {}),
  }
}

/**
 * DEVELOPMENT ONLY: `POST /pusher/auth` and `POST /pusher/user-auth` sign anything for whoever the
 * request says it is. Never expose this server to untrusted networks.
 */
export async function handleDevAuth(
  context: DevAuthContext,
  kind: 'channel' | 'user',
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  let params: Record<string, unknown>
  let user: DevUser | undefined
  try {
    params = parseParams(
      await readBody(request, 64 * 1024),
      request.headers['content-type'],
      url.searchParams,
    )
    user = requestUser(request, params)
  } catch (error) {
    const status = error instanceof BodyTooLargeError ? 413 : 400
    return sendError(response, status, error instanceof Error ? error.message : String(error))
  }
  const appKey = typeof params.app_key === 'string' ? params.app_key : undefined
  const app = appKey ? context.appByKey(appKey) : context.defaultApp
  if (!app) return sendError(response, 404, `Unknown app_key ${appKey}`)
  const socketId = params.socket_id
  if (typeof socketId !== 'string' || !SOCKET_ID.test(socketId)) {
    return sendError(response, 400, 'socket_id is required (digits.digits), as pusher-js sends it')
  }
  if (params.deny !== undefined && params.deny !== '' && params.deny !== 'false') {
    return sendError(response, 403, 'Denied because the request asked for it (the deny param)')
  }
  const sdk = context.sdkFor(app)
  if (kind === 'user') {
    if (!user) {
      return sendError(
        response,
        400,
        'User authentication needs a user: send a user_id param or an X-ChannelKit-User header',
      )
    }
    return sendJson(
      response,
      200,
      sdk.authenticateUser(socketId, {
        id: user.id,
        ...(user.info === undefined ? {} : { user_info: user.info }),
        ...(user.watchlist ? { watchlist: user.watchlist } : {}),
      }),
    )
  }
  const channel = params.channel_name
  const problem = channelNameProblem(channel)
  if (problem || typeof channel !== 'string') return sendError(response, 400, `channel_name: ${problem}`)
  const channelType = channelKind(channel)
  if (channelType === 'user') return sendError(response, 400, `${channel} needs no authorization`)
  if (channelType !== 'presence') return sendJson(response, 200, sdk.authorizeChannel(socketId, channel))
  if (!user) {
    return sendError(
      response,
      400,
      `Presence channel ${channel} needs a user: send user_id (and user_info) params or an X-ChannelKit-User header`,
    )
  }
  const member =
    user.info === undefined ? { user_id: user.id } : { user_id: user.id, user_info: user.info as object }
  sendJson(response, 200, sdk.authorizeChannel(socketId, channel, member))
}
