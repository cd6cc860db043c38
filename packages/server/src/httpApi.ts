import type { IncomingMessage, ServerResponse } from 'node:http'
import { isJsonContentType } from './access'
import type { AppRuntime } from './appRuntime'
import { channelKind, channelNameProblem, isCacheChannel } from './channelName'
import { ServerInputError } from './errors'
import { checkEvent, type TriggeredEvent } from './events'
import { BodyTooLargeError, decodeSegment, readBody, sendError, sendJson } from './httpUtils'
import { requestAuthProblem } from './requestAuth'

export const MAX_BATCH_EVENTS = 10
const MAX_BODY_BYTES = 1024 * 1024

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

interface ChannelEvent extends TriggeredEvent {
  info: string[]
}

type Route =
  | { kind: 'events' | 'batch_events' | 'channels' }
  | { kind: 'channel' | 'users'; channel: string }
  | { kind: 'terminate'; userId: string }

function decodePathPart(segment: string, what: string): string {
  const decoded = decodeSegment(segment)
  if (decoded === undefined) throw new HttpError(400, `Malformed percent-encoding in the ${what}: ${segment}`)
  return decoded
}

/** Throws a 400 HttpError for a path segment that cannot be decoded. */
function route(method: string, path: string): Route | undefined {
  if (method === 'POST' && path === '/events') return { kind: 'events' }
  if (method === 'POST' && path === '/batch_events') return { kind: 'batch_events' }
  if (method !== 'GET' && method !== 'POST') return undefined
  if (method === 'GET' && path === '/channels') return { kind: 'channels' }
  const channel = /^\/channels\/([^/]+)(\/users)?$/.exec(path)
  if (method === 'GET' && channel?.[1]) {
    return { kind: channel[2] ? 'users' : 'channel', channel: decodePathPart(channel[1], 'channel name') }
  }
  const terminate = /^\/users\/([^/]+)\/terminate_connections$/.exec(path)
  if (method === 'POST' && terminate?.[1])
    return { kind: 'terminate', userId: decodePathPart(terminate[1], 'user id') }
  return undefined
}

/** `/apps/{id}/…`: the six endpoints of PROTOCOL.md §5. */
export async function handleApi(
  appById: (id: string) => AppRuntime | undefined,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  // As sent: URL.search re-encodes some characters (such as '), which would break the signature.
  const [rawPath = '/', ...rawQuery] = (request.url ?? '/').split('?')
  const rawSearch = rawQuery.join('?')
  const match = /^\/apps\/([^/]+)(\/.*)$/.exec(url.pathname)
  const appId = match?.[1] ? decodeSegment(match[1]) : undefined
  const app = appId === undefined ? undefined : appById(appId)
  if (!match || !app) return sendError(response, 404, `Unknown app ${match?.[1] ?? ''}`.trim())
  const method = request.method ?? 'GET'
  try {
    const target = route(method, match[2] ?? '')
    if (!target) return sendError(response, 404, `No such endpoint: ${method} ${url.pathname}`)
    // A browser sends text/plain across origins without asking first (no preflight); JSON it must ask for.
    const contentType = request.headers['content-type']
    if (method === 'POST' && !isJsonContentType(contentType)) {
      return sendError(
        response,
        415,
        `Content-Type must be application/json for POST ${match[2]}, got ${contentType ?? 'none'}`,
      )
    }
    const body = await readBody(request, MAX_BODY_BYTES)
    const authProblem = requestAuthProblem(app.config, method, rawPath, rawSearch, body)
    if (authProblem) return sendError(response, 401, authProblem)
    sendJson(response, 200, dispatch(app, target, body, url.searchParams))
  } catch (error) {
    if (error instanceof HttpError || error instanceof ServerInputError) {
      return sendError(response, error.status, error.message)
    }
    if (error instanceof BodyTooLargeError) return sendError(response, 413, error.message)
    throw error
  }
}

function dispatch(app: AppRuntime, target: Route, body: string, query: URLSearchParams): unknown {
  switch (target.kind) {
    case 'events': {
      const event = parseEvent(parseJson(body), 'channels')
      trigger(app, event)
      return event.info.length ? { channels: channelsInfo(app, event.channels, event.info) } : {}
    }
    case 'batch_events': {
      const batch = (parseJson(body) as { batch?: unknown }).batch
      if (!Array.isArray(batch)) throw new HttpError(400, 'Body must be {"batch":[{channel,name,data},…]}')
      if (batch.length > MAX_BATCH_EVENTS) {
        throw new HttpError(400, `Batch has ${batch.length} events; at most ${MAX_BATCH_EVENTS}`)
      }
      const events = batch.map((item) => parseEvent(item, 'channel'))
      for (const event of events) trigger(app, event)
      if (!events.some((e) => e.info.length)) return {}
      return {
        batch: events.map((e) => (e.info.length ? channelInfo(app, e.channels[0] ?? '', e.info) : {})),
      }
    }
    case 'channels':
      return listChannels(app, query)
    case 'channel':
      return describeChannel(app, target.channel, query)
    case 'users': {
      checkChannelName(target.channel)
      if (channelKind(target.channel) !== 'presence') {
        throw new HttpError(400, `Users can only be listed for presence channels, not ${target.channel}`)
      }
      const roster = app.channels.get(target.channel)?.roster
      return { users: (roster?.ids() ?? []).map((id) => ({ id })) }
    }
    case 'terminate':
      app.terminateUser(target.userId)
      return {}
  }
}

function parseJson(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body)
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {}
  throw new HttpError(400, 'Request body must be a JSON object')
}

function checkChannelName(name: unknown): void {
  const problem = channelNameProblem(name)
  if (problem) throw new HttpError(400, problem)
}

function parseInfo(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return []
  if (typeof value !== 'string') throw new HttpError(400, 'info must be a comma-separated string')
  return value.split(',').filter(Boolean)
}

function parseEvent(value: unknown, channelField: 'channels' | 'channel'): ChannelEvent {
  if (typeof value !== 'object' || value === null)
    throw new HttpError(400, 'Each event must be a JSON object')
  const body = value as Record<string, unknown>
  const { name, data, socket_id: socketId } = body
  if (typeof name !== 'string') throw new HttpError(400, 'Event "name" must be a non-empty string')
  if (typeof data !== 'string')
    throw new HttpError(400, 'Event "data" must be a string (JSON-encode objects)')
  const channels =
    channelField === 'channels' && Array.isArray(body.channels)
      ? body.channels
      : body.channel !== undefined
        ? [body.channel]
        : undefined
  if (!channels || channels.length === 0) {
    throw new HttpError(400, 'Event needs "channels" (an array) or "channel"')
  }
  if (socketId !== undefined && typeof socketId !== 'string') {
    throw new HttpError(400, `Invalid socket_id ${JSON.stringify(socketId)}: expected digits.digits`)
  }
  const event: ChannelEvent = {
    channels: channels as string[],
    name,
    data,
    info: parseInfo(body.info),
    ...(socketId === undefined ? {} : { socketId }),
  }
  checkEvent(event)
  return event
}

function trigger(app: AppRuntime, event: ChannelEvent): void {
  app.trigger(event)
}

function channelInfo(app: AppRuntime, name: string, info: string[]): Record<string, number> {
  const channel = app.channels.get(name)
  const result: Record<string, number> = {}
  if (info.includes('user_count') && channelKind(name) === 'presence')
    result.user_count = channel?.roster?.size ?? 0
  if (info.includes('subscription_count')) result.subscription_count = channel?.subscribers.size ?? 0
  return result
}

function channelsInfo(
  app: AppRuntime,
  names: string[],
  info: string[],
): Record<string, Record<string, number>> {
  return Object.fromEntries(names.map((name) => [name, channelInfo(app, name, info)]))
}

function checkAttributes(info: string[], allowed: string[]): void {
  const unknown = info.find((attribute) => !allowed.includes(attribute))
  if (unknown) throw new HttpError(400, `Unknown info attribute "${unknown}"; use ${allowed.join(', ')}`)
}

function listChannels(app: AppRuntime, query: URLSearchParams): unknown {
  const prefix = query.get('filter_by_prefix') ?? ''
  const info = parseInfo(query.get('info'))
  checkAttributes(info, ['user_count', 'subscription_count'])
  if (info.includes('user_count') && !prefix.startsWith('presence-')) {
    throw new HttpError(400, 'info=user_count needs filter_by_prefix=presence-')
  }
  const channels = app.occupiedChannels().filter((c) => c.name.startsWith(prefix))
  return { channels: channelsInfo(app, channels.map((c) => c.name).sort(), info) }
}

function describeChannel(app: AppRuntime, name: string, query: URLSearchParams): unknown {
  checkChannelName(name)
  const info = parseInfo(query.get('info'))
  checkAttributes(info, ['user_count', 'subscription_count', 'cache'])
  if (info.includes('user_count') && channelKind(name) !== 'presence') {
    throw new HttpError(400, `user_count is only available for presence channels, not ${name}`)
  }
  if (info.includes('cache') && !isCacheChannel(name)) {
    throw new HttpError(400, `cache is only available for cache channels, not ${name}`)
  }
  const channel = app.channels.get(name)
  const result: Record<string, unknown> = { occupied: channel !== undefined, ...channelInfo(app, name, info) }
  const cached = info.includes('cache') ? app.cache.get(name) : undefined
  if (cached)
    result.cache = { data: cached.data, ttl: Math.max(0, Math.ceil((cached.expiresAt - Date.now()) / 1000)) }
  return result
}
