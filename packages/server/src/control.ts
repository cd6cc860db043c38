import type { IncomingMessage, ServerResponse } from 'node:http'
import { isJsonContentType } from './access'
import { ServerInputError } from './errors'
import { BodyTooLargeError, readBody, sendError, sendJson } from './httpUtils'
import { jsonTooDeep, MAX_JSON_DEPTH } from './jsonDepth'
import { safeEqual } from './signature'
import type { Simulator } from './simulate'

export const CONTROL_PATH = '/control'
const MAX_CONTROL_BODY_BYTES = 64 * 1024

export interface ControlContext {
  token: string
  simulate: Simulator
  trigger(channels: string | string[], event: string, data: unknown, options: { socketId?: string }): void
}

type Body = Record<string, unknown>
type Route = (body: Body, query: URLSearchParams) => unknown

const bad = (message: string) => new ServerInputError('bad_request', message)

function text(body: Body, key: string): string {
  const value = body[key]
  if (typeof value !== 'string' || value === '') {
    throw bad(`"${key}" must be a non-empty string, got ${JSON.stringify(value) ?? 'nothing'}.`)
  }
  return value
}

function optionalText(body: Body, key: string): string | undefined {
  return body[key] === undefined ? undefined : text(body, key)
}

/** A member id: a string or a number, as presence user ids are. */
function memberId(body: Body): string {
  const value = body.id
  if ((typeof value !== 'string' || value === '') && typeof value !== 'number') {
    throw bad(
      `"id" must be a member id (a non-empty string or a number), got ${JSON.stringify(value) ?? 'nothing'}.`,
    )
  }
  return String(value)
}

function routes(context: ControlContext): Record<string, Route> {
  const { simulate } = context
  let guests = 0
  const list = (channel: string) => ({ members: simulate.members(channel) })
  return {
    'POST /control/trigger': (body) => {
      let channels: string | string[]
      if (body.channels === undefined) channels = text(body, 'channel')
      else if (Array.isArray(body.channels)) channels = body.channels
      else throw bad('"channels" must be an array of channel names (or send one "channel").')
      const socketId = optionalText(body, 'socketId')
      context.trigger(
        channels,
        text(body, 'event'),
        body.data === undefined ? {} : body.data,
        socketId ? { socketId } : {},
      )
      return { ok: true }
    },
    'POST /control/notify': (body) => {
      const message = body.message ?? ''
      if (typeof message !== 'string')
        throw bad(`"message" must be a string, got ${JSON.stringify(message)}.`)
      const event = optionalText(body, 'event') ?? 'notification'
      context.trigger(text(body, 'channel'), event, { title: text(body, 'title'), message }, {})
      return { ok: true }
    },
    'GET /control/members': (_body, query) => list(query.get('channel') ?? ''),
    'POST /control/members': (body) => {
      const channel = text(body, 'channel')
      const name = optionalText(body, 'name')
      let id: string
      if (body.id === undefined) {
        guests += 1
        id = `guest-${guests}`
      } else id = memberId(body)
      const info = body.info ?? { name: name ?? (body.id === undefined ? `Guest ${guests}` : id) }
      const member = simulate.join(channel, { id, info })
      return { member, ...list(channel) }
    },
    'DELETE /control/members': (body) => {
      const channel = text(body, 'channel')
      simulate.leave(channel, memberId(body))
      return list(channel)
    },
    'POST /control/typing': (body) => {
      const typing = body.typing ?? true
      if (typeof typing !== 'boolean')
        throw bad(`"typing" must be true or false, got ${JSON.stringify(typing)}.`)
      simulate.typing(text(body, 'channel'), memberId(body), typing)
      return { ok: true }
    },
    'POST /control/client-event': (body) => {
      simulate.clientEvent(text(body, 'channel'), memberId(body), text(body, 'event'), body.data)
      return { ok: true }
    },
  }
}

const USAGE =
  'the control endpoint has POST /control/trigger, POST /control/notify, GET|POST|DELETE /control/members, POST /control/typing and POST /control/client-event'

async function readJsonBody(request: IncomingMessage): Promise<Body> {
  const raw = await readBody(request, MAX_CONTROL_BODY_BYTES)
  if (raw === '') return {}
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad('The body must be a JSON object, e.g. {"channel":"storybook","event":"notification"}.')
  }
  if (jsonTooDeep(value)) throw bad(`The body must not nest more than ${MAX_JSON_DEPTH} levels.`)
  return value as Body
}

/**
 * The development control endpoint (`startServer({ control: true })`): `server.trigger` and
 * `server.simulate` over HTTP for pages that hold the token (Storybook's control panel).
 */
export function controlHandler(context: ControlContext) {
  const table = routes(context)
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const method = request.method ?? 'GET'
    const authorization = request.headers.authorization ?? ''
    // The scheme is case-insensitive (RFC 9110).
    const token = /^Bearer +(.+)$/i.exec(authorization)?.[1] ?? ''
    if (!safeEqual(token, context.token)) {
      return sendError(
        response,
        401,
        token
          ? 'The control token is wrong: use the one this server printed (server.control.token)'
          : 'The control endpoint needs its token: send Authorization: Bearer <server.control.token>',
      )
    }
    const route = table[`${method} ${url.pathname}`]
    if (!route) return sendError(response, 404, `No route ${method} ${url.pathname}: ${USAGE}`)
    const contentType = request.headers['content-type']
    if (method !== 'GET' && !isJsonContentType(contentType)) {
      return sendError(response, 415, `Content-Type must be application/json, got ${contentType ?? 'none'}`)
    }
    try {
      const body = method === 'GET' ? {} : await readJsonBody(request)
      sendJson(response, 200, route(body, url.searchParams))
    } catch (error) {
      if (error instanceof ServerInputError) return sendError(response, error.status, error.message)
      if (error instanceof BodyTooLargeError) return sendError(response, 413, error.message)
      throw error
    }
  }
}
