import type { BuiltRequest } from './httpRequest'
import {
  ALLOWED_ORIGINS,
  isCacheChannel,
  isJsonType,
  isObject,
  kindOf,
  loopbackHost,
  MAX_EVENT_DATA_BYTES,
  MAX_EVENT_NAME_LENGTH,
  safeParse,
  validChannelName,
} from './protocolRules'

const MAX_BODY_BYTES = 1024 * 1024
const MAX_CONTROL_BODY_BYTES = 64 * 1024
const DEV_AUTH_STATUSES = [200, 400, 403, 404, 413]
const CONTROL_ROUTES = new Set([
  'POST /control/trigger',
  'POST /control/notify',
  'GET /control/members',
  'POST /control/members',
  'DELETE /control/members',
  'POST /control/typing',
  'POST /control/client-event',
])

export type Endpoint =
  | 'events'
  | 'batch_events'
  | 'channels'
  | 'channel'
  | 'users'
  | 'terminate'
  | 'devAuth'
  | 'control'
  | 'refused'
  | 'parser'
  | 'none'

export interface HttpExpectation {
  statuses: number[]
  endpoint: Endpoint
  /** For events and batches: whether the 200 body reports channel info. */
  info?: boolean
  batchLength?: number
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function infoList(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return []
  return typeof value === 'string' ? value.split(',').filter(Boolean) : undefined
}

/** PROTOCOL.md §5 checks of one event; adds the status of every broken rule. */
function checkEvent(event: unknown, field: 'channels' | 'channel', broken: Set<number>): boolean {
  if (!isObject(event)) return broken.add(400) && false
  const { name, data, socket_id: socketId } = event
  if (typeof name !== 'string' || name === '' || name.length > 200) broken.add(400)
  if (typeof data !== 'string') broken.add(400)
  else if (Buffer.byteLength(data) > MAX_EVENT_DATA_BYTES) broken.add(413)
  const channels =
    field === 'channels' && Array.isArray(event.channels)
      ? event.channels
      : event.channel !== undefined
        ? [event.channel]
        : []
  if (channels.length === 0 || channels.length > 100 || !channels.every(validChannelName)) broken.add(400)
  if (channels.length > 1 && channels.some((c) => validChannelName(c) && kindOf(c) === 'encrypted')) {
    broken.add(400)
  }
  if (socketId !== undefined && (typeof socketId !== 'string' || !/^\d+\.\d+$/.test(socketId)))
    broken.add(400)
  const info = infoList(event.info)
  if (!info) broken.add(400)
  return (info?.length ?? 0) > 0
}

function attributes(params: URLSearchParams, allowed: string[], broken: Set<number>): string[] {
  const info = infoList(params.get('info')) ?? []
  if (info.some((a) => !allowed.includes(a))) broken.add(400)
  return info
}

/** The control endpoint's answer, from its README: the route table, then each route's field rules. */
function expectedControl(request: BuiltRequest, path: string, params: URLSearchParams): HttpExpectation {
  const endpoint = 'control'
  const { method, headers } = request
  if (!/^bearer +\S/i.test(headers.authorization ?? '') || headers.authorization?.endsWith('not-the-token')) {
    return { statuses: [401], endpoint }
  }
  const route = `${method} ${path}`
  if (!CONTROL_ROUTES.has(route)) return { statuses: [404], endpoint }
  if (method !== 'GET' && !isJsonType(headers['content-type'])) return { statuses: [415], endpoint }
  if (method === 'GET') {
    const channel = params.get('channel') ?? ''
    return { statuses: validChannelName(channel) && kindOf(channel) === 'presence' ? [200] : [400], endpoint }
  }
  if ((request.body?.length ?? 0) > MAX_CONTROL_BODY_BYTES) return { statuses: [413], endpoint }
  const text = request.body?.toString('utf8') ?? ''
  const parsed = text === '' ? { ok: true as const, value: {} } : safeParse(text)
  if (!parsed.ok || !isObject(parsed.value)) return { statuses: [400], endpoint }
  const body = parsed.value
  if (route === 'POST /control/trigger') return { statuses: triggerStatuses(body), endpoint }
  const channel = body.channel
  const named = typeof channel === 'string' && channel !== ''
  // Members, typing and client events depend on who has joined: any of these, never a 5xx.
  if (route === 'POST /control/notify') {
    return { statuses: named ? [200, 400, 413] : [400], endpoint }
  }
  if (!named || !validChannelName(channel) || kindOf(channel) !== 'presence')
    return { statuses: [400], endpoint }
  return { statuses: [200, 400, 404, 413], endpoint }
}

/** `POST /control/trigger`: the HTTP API's event rules (README), with `data` any JSON. */
function triggerStatuses(body: Record<string, unknown>): number[] {
  const broken = new Set<number>()
  const channels = body.channels === undefined ? [body.channel] : body.channels
  if (body.channels === undefined && (typeof body.channel !== 'string' || body.channel === '')) return [400]
  if (!Array.isArray(channels)) return [400]
  const { event, socketId } = body
  if (typeof event !== 'string' || event === '') return [400]
  if (event.length > MAX_EVENT_NAME_LENGTH) broken.add(400)
  if (channels.length === 0 || channels.length > 100 || !channels.every(validChannelName)) broken.add(400)
  const encrypted = channels.some((c) => validChannelName(c) && kindOf(c) === 'encrypted')
  if (channels.length > 1 && encrypted) broken.add(400)
  if (
    socketId !== undefined &&
    (typeof socketId !== 'string' || socketId === '' || !/^\d+\.\d+$/.test(socketId))
  ) {
    broken.add(400)
  }
  const data = body.data === undefined ? {} : body.data
  const bytes = Buffer.byteLength(typeof data === 'string' ? data : JSON.stringify(data))
  if (bytes > MAX_EVENT_DATA_BYTES) broken.add(413)
  if (broken.size) return [...broken]
  // Encryption makes the data about a third bigger: near the limit it may or may not fit.
  return encrypted && bytes > MAX_EVENT_DATA_BYTES / 2 ? [200, 413] : [200]
}

/** The statuses PROTOCOL.md allows for this request (several when it breaks rules of different statuses). */
export function expectedResponse(request: BuiltRequest, appId: string): HttpExpectation {
  const { method, headers } = request
  // Node answers an HTTP/1.1 request without Host itself (400, no JSON).
  if (headers.host === null) return { statuses: [400], endpoint: 'parser' }
  // The README's "What the development server allows, and to whom" comes first, for every route.
  if (typeof headers.host === 'string' && !loopbackHost(headers.host))
    return { statuses: [403], endpoint: 'refused' }
  if (headers.origin !== undefined && !ALLOWED_ORIGINS.has(headers.origin)) {
    return { statuses: [403], endpoint: 'refused' }
  }
  if (method === 'OPTIONS') return { statuses: [204], endpoint: 'none' }
  const url = new URL(`http://localhost${request.path}?${request.query}`)
  const path = url.pathname
  if (path === '/control' || path.startsWith('/control/'))
    return expectedControl(request, path, url.searchParams)
  if (!path.startsWith('/apps/')) {
    const devAuth = method === 'POST' && (path === '/pusher/auth' || path === '/pusher/user-auth')
    return devAuth
      ? { statuses: DEV_AUTH_STATUSES, endpoint: 'devAuth' }
      : { statuses: [404], endpoint: 'none' }
  }
  const match = /^\/apps\/([^/]+)(\/.*)$/.exec(path)
  if (!match?.[1] || decode(match[1]) !== appId) return { statuses: [404], endpoint: 'none' }
  const rest = match[2] ?? ''
  const channelPath = /^\/channels\/([^/]+)(\/users)?$/.exec(rest)
  const terminatePath = /^\/users\/([^/]+)\/terminate_connections$/.exec(rest)
  let endpoint: Endpoint = 'none'
  let segment: string | undefined
  if (method === 'POST' && (rest === '/events' || rest === '/batch_events'))
    endpoint = rest === '/events' ? 'events' : 'batch_events'
  else if (method === 'GET' && rest === '/channels') endpoint = 'channels'
  else if (method === 'GET' && channelPath?.[1]) {
    endpoint = channelPath[2] ? 'users' : 'channel'
    segment = channelPath[1]
  } else if (method === 'POST' && terminatePath?.[1]) {
    endpoint = 'terminate'
    segment = terminatePath[1]
  }
  if (endpoint === 'none') return { statuses: [404], endpoint }
  const decoded = segment === undefined ? undefined : decode(segment)
  if (segment !== undefined && decoded === undefined) return { statuses: [400], endpoint }
  if (method === 'POST' && !isJsonType(headers['content-type'])) return { statuses: [415], endpoint }
  if ((request.body?.length ?? 0) > MAX_BODY_BYTES) return { statuses: [413], endpoint }
  if (!request.authValid) return { statuses: [401], endpoint }

  const broken = new Set<number>()
  const result = (extra: Partial<HttpExpectation> = {}): HttpExpectation => ({
    statuses: broken.size ? [...broken] : [200],
    endpoint,
    ...extra,
  })
  const body = safeParse(request.body?.toString('utf8') ?? '')
  switch (endpoint) {
    case 'events': {
      if (!body.ok || !isObject(body.value)) return { statuses: [400], endpoint }
      return result({ info: checkEvent(body.value, 'channels', broken) })
    }
    case 'batch_events': {
      const batch = body.ok && isObject(body.value) ? body.value.batch : undefined
      if (!Array.isArray(batch) || batch.length > 10) return { statuses: [400], endpoint }
      const info = batch.map((event) => checkEvent(event, 'channel', broken)).some(Boolean)
      return result({ info, batchLength: batch.length })
    }
    case 'channels': {
      const info = attributes(url.searchParams, ['user_count', 'subscription_count'], broken)
      const prefix = url.searchParams.get('filter_by_prefix') ?? ''
      if (info.includes('user_count') && !prefix.startsWith('presence-')) broken.add(400)
      return result()
    }
    case 'channel': {
      const name = decoded as string
      if (!validChannelName(name)) return { statuses: [400], endpoint }
      const info = attributes(url.searchParams, ['user_count', 'subscription_count', 'cache'], broken)
      if (info.includes('user_count') && kindOf(name) !== 'presence') broken.add(400)
      if (info.includes('cache') && !isCacheChannel(name)) broken.add(400)
      return result()
    }
    case 'users': {
      const name = decoded as string
      if (!validChannelName(name) || kindOf(name) !== 'presence') broken.add(400)
      return result()
    }
    default:
      return result()
  }
}

/** The response body PROTOCOL.md describes for the status; returns the problem or undefined. */
export function checkResponseBody(e: HttpExpectation, status: number, body: unknown): string | undefined {
  if (status >= 400) {
    const ok =
      isObject(body) &&
      Object.keys(body).length === 2 &&
      typeof body.error === 'string' &&
      body.error.length > 0 &&
      body.code === status
    return ok ? undefined : 'error body is not {"error":"…","code":status}'
  }
  if (!isObject(body)) return '200 body is not a JSON object'
  switch (e.endpoint) {
    case 'events':
      return (e.info ? isObject(body.channels) : Object.keys(body).length === 0)
        ? undefined
        : 'bad /events body'
    case 'batch_events':
      return (
        e.info
          ? Array.isArray(body.batch) && body.batch.length === e.batchLength
          : Object.keys(body).length === 0
      )
        ? undefined
        : 'bad /batch_events body'
    case 'channels':
      return isObject(body.channels) ? undefined : 'bad /channels body'
    case 'channel':
      return typeof body.occupied === 'boolean' ? undefined : 'bad /channels/{name} body'
    case 'users':
      return Array.isArray(body.users) && body.users.every((u) => isObject(u) && typeof u.id === 'string')
        ? undefined
        : 'bad /users body'
    case 'terminate':
      return Object.keys(body).length === 0 ? undefined : 'bad terminate body'
    case 'devAuth':
      return typeof body.auth === 'string' ? undefined : 'dev auth 200 without auth'
    case 'control':
      return Object.keys(body).length > 0 ? undefined : 'control 200 with an empty body'
    default:
      return undefined
  }
}
