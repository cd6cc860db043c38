import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import Pusher, { type Channel, type Options } from 'pusher-js'
import { afterEach } from 'vitest'
import { type ClientOptions, WebSocket } from 'ws'
import { type LocalServer, type ServerOptions, signRequest, startServer } from '..'
import { md5Hex } from '../signature'

const cleanups: (() => unknown)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

export async function server(options: ServerOptions = {}): Promise<LocalServer> {
  const s = await startServer(options)
  cleanups.push(() => s.close())
  return s
}

/** A real pusher-js client, connected. */
export async function client(
  s: LocalServer,
  options: Partial<Options> & { user?: { id: string; info?: unknown; watchlist?: string[] } } = {},
  key = s.app.key,
): Promise<Pusher> {
  const { user, ...rest } = options
  const pusher = new Pusher(key, { ...s.wsOptions(user ? { user } : {}), ...rest })
  cleanups.push(() => pusher.disconnect())
  await new Promise<void>((resolve, reject) => {
    pusher.connection.bind('connected', () => resolve())
    pusher.connection.bind('failed', () => reject(new Error('pusher-js failed to connect')))
  })
  return pusher
}

export function subscribed<T = unknown>(channel: Channel): Promise<T> {
  return new Promise((resolve, reject) => {
    channel.bind('pusher:subscription_succeeded', resolve)
    channel.bind('pusher:subscription_error', (error: unknown) =>
      reject(Object.assign(new Error('subscription_error'), { error })),
    )
  })
}

export function nextEvent<T = unknown>(
  channel: {
    bind(event: string, cb: (data: T, meta?: unknown) => void): unknown
    unbind(event: string, cb: (data: T, meta?: unknown) => void): unknown
  },
  event: string,
): Promise<{ data: T; meta: unknown }> {
  return new Promise((resolve) => {
    const handler = (data: T, meta?: unknown) => {
      channel.unbind(event, handler)
      resolve({ data, meta })
    }
    channel.bind(event, handler)
  })
}

export interface RawMessage {
  event: string
  channel?: string
  data?: unknown
  user_id?: string
}

/** A raw `ws` client that records every message and the close code. */
export class RawClient {
  readonly messages: RawMessage[] = []
  closeCode: number | undefined
  private waiters: { predicate: (m: RawMessage) => boolean; resolve: (m: RawMessage) => void }[] = []
  readonly closed: Promise<number>

  constructor(readonly ws: WebSocket) {
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as RawMessage
      if (typeof message.data === 'string' && message.data.startsWith('{')) {
        message.data = JSON.parse(message.data)
      }
      this.messages.push(message)
      this.waiters = this.waiters.filter((w) => {
        if (!w.predicate(message)) return true
        w.resolve(message)
        return false
      })
    })
    this.closed = new Promise((resolve) =>
      ws.on('close', (code) => {
        this.closeCode = code
        resolve(code)
      }),
    )
  }

  get socketId(): string {
    const established = this.messages.find((m) => m.event === 'pusher:connection_established')
    return (established?.data as { socket_id: string } | undefined)?.socket_id ?? ''
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  /** The next message (including already received ones after `from`) matching the predicate. */
  next(predicate: (m: RawMessage) => boolean | undefined, from = 0): Promise<RawMessage> {
    const seen = this.messages.slice(from).find((m) => predicate(m))
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve) => this.waiters.push({ predicate: (m) => predicate(m) === true, resolve }))
  }

  /** Sends and resolves with the first matching message after it. */
  request(message: unknown, predicate: (m: RawMessage) => boolean | undefined): Promise<RawMessage> {
    const from = this.messages.length
    this.send(message)
    return this.next(predicate, from)
  }
}

export async function raw(
  s: LocalServer,
  path = `/app/${s.app.key}?protocol=7&client=js&version=8.6.0&flash=false`,
  options: ClientOptions = {},
): Promise<RawClient> {
  const ws = new WebSocket(`ws://127.0.0.1:${s.port}${path}`, options)
  const rawClient = new RawClient(ws)
  cleanups.push(() => ws.terminate())
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  return rawClient
}

export async function connectedRaw(s: LocalServer): Promise<RawClient> {
  const c = await raw(s)
  await c.next((m) => m.event === 'pusher:connection_established')
  return c
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders
  rawBody: string
}

/** A tiny local HTTP server that records webhook POSTs; `status` decides the reply. */
export async function webhookReceiver(status: (index: number) => number = () => 200) {
  const received: ReceivedWebhook[] = []
  let attempts = 0
  const http = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const code = status(attempts++)
      if (code < 300) received.push({ headers: request.headers, rawBody: Buffer.concat(chunks).toString() })
      response.writeHead(code).end()
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise((resolve) => http.close(resolve)))
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/hooks`,
    received,
    get attempts() {
      return attempts
    },
    events: () =>
      received.flatMap((r) => (JSON.parse(r.rawBody) as { events: Record<string, unknown>[] }).events),
  }
}

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json(): unknown
}

/** A plain HTTP request with full control of the headers (fetch would not send a forged Host). */
export function http(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        // Node sends DELETE bodies without a length unless told (no chunked encoding by default).
        headers: {
          ...(options.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(options.body)) }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString()
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** The path and query of an HTTP API request signed like the official SDK signs it. */
export function signedPath(s: LocalServer, method: string, path: string, body = ''): string {
  const fullPath = `/apps/${s.app.id}${path}`
  const query: [string, string][] = [
    ['auth_key', s.app.key],
    ['auth_timestamp', String(Math.floor(Date.now() / 1000))],
    ['auth_version', '1.0'],
  ]
  if (body !== '') query.push(['body_md5', md5Hex(body)])
  const signature = signRequest(s.app.secret, method, fullPath, query)
  return `${fullPath}?${query.map(([k, v]) => `${k}=${v}`).join('&')}&auth_signature=${signature}`
}
