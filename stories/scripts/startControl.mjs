// The dev-only control endpoint behind the live stories' "control panel": it triggers events with the
// official `pusher` SDK and plays simulated presence members (real pusher-js clients in Node), because a
// browser cannot sign HTTP API requests without the app secret. Never expose it beyond 127.0.0.1.
import { createServer } from 'node:http'
import Pusher from 'pusher-js'

/**
 * @typedef {import('@channelkit/server').LocalServer} LocalServer
 * @typedef {{ id: string, name: string, client: Pusher }} Simulated
 * @typedef {{ url: string, port: number, close(): Promise<void> }} Control
 */

class BadRequest extends Error {
  /** @param {string} message @param {number} [status] */
  constructor(message, status = 400) {
    super(message)
    this.status = status
  }
}

/** @param {Record<string, unknown>} body @param {string} key */
function text(body, key) {
  const value = body[key]
  if (typeof value !== 'string' || value === '') {
    throw new BadRequest(`"${key}" must be a non-empty string, got ${JSON.stringify(value)}.`)
  }
  return value
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Record<string, unknown>>} */
async function readJson(req) {
  let raw = ''
  for await (const chunk of req) {
    raw += chunk
    if (raw.length > 64 * 1024) throw new BadRequest('The body is over 64 KiB.', 413)
  }
  if (raw === '') return {}
  try {
    const body = JSON.parse(raw)
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body
  } catch {}
  throw new BadRequest('The body must be a JSON object, e.g. {"channel":"storybook","event":"notification"}.')
}

/**
 * Starts the control endpoint for `server`:
 * - `POST /control/trigger {channel, event, data}`: the HTTP API, through the official SDK
 * - `POST /control/notify {channel, event?, title, message}`: a notification (event defaults to "notification")
 * - `GET /control/members?channel=` · `POST /control/members {channel, id?, name?}` · `DELETE /control/members {channel, id}`
 * - `POST /control/typing {channel, id, typing?}`: that simulated member sends `client-typing` (added first if needed)
 * @param {{ server: LocalServer, port?: number, host?: string }} options
 * @returns {Promise<Control>}
 */
export async function startControl({ server, port = 0, host = '127.0.0.1' }) {
  const sdk = server.pusher()
  /** @type {Map<string, Map<string, Simulated>>} channel → member id → simulated member */
  const simulated = new Map()
  let seq = 0

  /** @param {string} channel */
  const presenceChannel = (channel) => {
    if (!channel.startsWith('presence-')) {
      throw new BadRequest(
        `Simulated members join presence channels: "${channel}" must start with "presence-".`,
      )
    }
    return channel
  }

  /** @param {string} channel @param {string} id @param {string} name @returns {Promise<Simulated>} */
  const addMember = (channel, id, name) => {
    const existing = simulated.get(channel)?.get(id)
    if (existing) return Promise.resolve(existing)
    const client = new Pusher(server.app.key, server.wsOptions({ user: { id, info: { name } } }))
    const member = { id, name, client }
    const members = simulated.get(channel) ?? new Map()
    simulated.set(channel, members.set(id, member))
    return new Promise((resolve, reject) => {
      const subscription = client.subscribe(channel)
      subscription.bind('pusher:subscription_succeeded', () => resolve(member))
      subscription.bind('pusher:subscription_error', (/** @type {unknown} */ error) => {
        removeMember(channel, id)
        reject(new BadRequest(`${id} could not join ${channel}: ${JSON.stringify(error)}`, 502))
      })
    })
  }

  /** @param {string} channel @param {string} id */
  const removeMember = (channel, id) => {
    const member = simulated.get(channel)?.get(id)
    if (!member) return false
    member.client.disconnect()
    simulated.get(channel)?.delete(id)
    return true
  }

  /** @param {string} channel */
  const list = (channel) =>
    [...(simulated.get(channel)?.values() ?? [])].map(({ id, name }) => ({ id, name }))

  /** @type {Record<string, (body: Record<string, unknown>, query: URLSearchParams) => Promise<unknown>>} */
  const routes = {
    'POST /control/trigger': async (body) => {
      const data = body.data === undefined ? {} : body.data
      await sdk.trigger(text(body, 'channel'), text(body, 'event'), data)
      return { ok: true }
    },
    'POST /control/notify': async (body) => {
      const event = body.event === undefined ? 'notification' : text(body, 'event')
      const data = {
        title: text(body, 'title'),
        message: typeof body.message === 'string' ? body.message : '',
      }
      await sdk.trigger(text(body, 'channel'), event, data)
      return { ok: true }
    },
    'GET /control/members': async (_body, query) => ({
      members: list(presenceChannel(query.get('channel') ?? '')),
    }),
    'POST /control/members': async (body) => {
      const channel = presenceChannel(text(body, 'channel'))
      seq += 1
      const id = typeof body.id === 'string' && body.id !== '' ? body.id : `guest-${seq}`
      const name = typeof body.name === 'string' && body.name !== '' ? body.name : `Guest ${seq}`
      await addMember(channel, id, name)
      return { member: { id, name }, members: list(channel) }
    },
    'DELETE /control/members': async (body) => {
      const channel = presenceChannel(text(body, 'channel'))
      const id = text(body, 'id')
      if (!removeMember(channel, id)) throw new BadRequest(`No simulated member "${id}" on ${channel}.`, 404)
      return { members: list(channel) }
    },
    'POST /control/typing': async (body) => {
      const channel = presenceChannel(text(body, 'channel'))
      const id = text(body, 'id')
      const member = await addMember(channel, id, typeof body.name === 'string' ? body.name : id)
      const sent = member.client.channel(channel)?.trigger('client-typing', { typing: body.typing !== false })
      if (!sent) throw new BadRequest(`${id} could not send client-typing on ${channel}.`, 502)
      return { ok: true }
    },
  }

  const http = createServer(async (req, res) => {
    // Storybook and the example apps run on other origins.
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS')
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type')
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://control')
    const route = routes[`${req.method} ${url.pathname}`]
    let status = 200
    let payload
    try {
      if (!route) throw new BadRequest(`No route ${req.method} ${url.pathname}; see stories/README.md.`, 404)
      payload = await route(await readJson(req), url.searchParams)
    } catch (error) {
      status = error instanceof BadRequest ? error.status : 502
      payload = { error: error instanceof Error ? error.message : String(error) }
    }
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(payload))
  })

  await new Promise((resolve, reject) => {
    http.once('error', reject)
    http.listen(port, host, () => resolve(undefined))
  })
  const address = http.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    async close() {
      for (const members of simulated.values())
        for (const member of members.values()) member.client.disconnect()
      simulated.clear()
      http.closeAllConnections()
      await new Promise((resolve) => http.close(() => resolve(undefined)))
    },
  }
}
