import { createServer as createHttpServer, request as httpRequest, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect, createServer as createTcpServer, type Socket } from 'node:net'
import {
  createHoldingProxy,
  type DevUser,
  type Frame,
  type LocalServer,
  type ServerOptions,
  startServer,
} from '@channelkit/server'
import type { Options as PusherOptions } from 'pusher-js'

// Faults for live tests: a server that stops, restarts and closes sockets with any Pusher close code,
// and a channel authorization endpoint that can fail on demand. Framework-free: React and Vue tests share it.

const LOCALHOST = '127.0.0.1'

const listen = (server: { listen(port: number, host: string, done: () => void): unknown }) =>
  new Promise<void>((resolve) => server.listen(0, LOCALHOST, resolve))

// -------------------------------------------------------------------------------------------------
// Close codes on the wire
// -------------------------------------------------------------------------------------------------

/** A WebSocket close frame as a server sends it (unmasked), reason cut to the 123 bytes allowed. */
function closeFrame(code: number, reason: string): Buffer {
  const text = Buffer.from(reason).subarray(0, 123)
  const payload = Buffer.alloc(2 + text.length)
  payload.writeUInt16BE(code, 0)
  text.copy(payload, 2)
  return Buffer.concat([Buffer.from([0x88, payload.length]), payload])
}

/** A WebSocket text frame as a server sends it (unmasked). */
function textFrame(text: string): Buffer {
  const payload = Buffer.from(text)
  const length = payload.length
  const header =
    length < 126
      ? Buffer.from([0x81, length])
      : length < 65536
        ? Buffer.from([0x81, 126, length >> 8, length & 0xff])
        : Buffer.concat([
            Buffer.from([0x81, 127]),
            (() => {
              const b = Buffer.alloc(8)
              b.writeBigUInt64BE(BigInt(length))
              return b
            })(),
          ])
  return Buffer.concat([header, payload])
}

/** Follows the server side of one WebSocket connection, so an injected frame never lands inside another. */
function frameBoundaries() {
  let handshake = Buffer.alloc(0)
  let upgraded = false
  let header: number[] = []
  let remaining = 0

  const headerLength = () => {
    if (header.length < 2) return undefined
    const length = header[1]! & 0x7f
    return 2 + (length === 126 ? 2 : length === 127 ? 8 : 0) + (header[1]! & 0x80 ? 4 : 0)
  }
  const payloadLength = () => {
    const bytes = Buffer.from(header)
    const length = header[1]! & 0x7f
    if (length === 126) return bytes.readUInt16BE(2)
    if (length === 127) return Number(bytes.readBigUInt64BE(2))
    return length
  }

  return {
    get upgraded() {
      return upgraded
    },
    get atBoundary() {
      return upgraded && remaining === 0 && header.length === 0
    },
    feed(chunk: Buffer) {
      let data = chunk
      if (!upgraded) {
        handshake = Buffer.concat([handshake, data])
        const end = handshake.indexOf('\r\n\r\n')
        if (end === -1) return
        upgraded = true
        data = handshake.subarray(end + 4)
        handshake = Buffer.alloc(0)
      }
      let offset = 0
      while (offset < data.length) {
        if (remaining > 0) {
          const taken = Math.min(remaining, data.length - offset)
          remaining -= taken
          offset += taken
          continue
        }
        header.push(data[offset++]!)
        if (header.length === headerLength()) {
          remaining = payloadLength()
          header = []
        }
      }
    },
  }
}

export interface FaultProxy {
  readonly port: number
  /**
   * Closes every open WebSocket through the proxy with `code`, as the server would: a close frame
   * (after the frame in flight, if any), then the TCP connection. The server sees its socket drop.
   * Returns how many connections were closed.
   */
  closeWith(code: number, reason?: string): number
  /**
   * Sends `messages` (Pusher frames such as `{ event, channel, data }`) to every client through the proxy
   * as if the server had sent them, between the server's own frames. Returns how many clients got them.
   */
  send(...messages: object[]): number
  close(): Promise<void>
}

interface Link {
  client: Socket
  upstream: Socket
  frames: ReturnType<typeof frameBoundaries>
  pending: Buffer | undefined
  injected: boolean
  /** Frames of ours waiting for the server's frame in flight to end. */
  queued: Buffer[]
}

/**
 * A TCP proxy that can close WebSockets with any close code. The local server produces 4001, 4004,
 * 4009 and 4200 itself, but nothing short of a 30 s pong timeout makes it send 4201, and it never
 * sends 4100 (over capacity): this puts those frames on the wire for pusher-js to read.
 */
export async function createFaultProxy(target: { port: number }): Promise<FaultProxy> {
  const links = new Set<Link>()

  const inject = (link: Link) => {
    if (link.queued.length > 0 && !link.injected) link.client.write(Buffer.concat(link.queued.splice(0)))
    if (!link.pending || link.injected) return
    link.injected = true
    link.client.end(link.pending)
    link.upstream.destroy()
  }

  const proxy = createTcpServer((client) => {
    const upstream = connect(target.port, LOCALHOST)
    const link: Link = {
      client,
      upstream,
      frames: frameBoundaries(),
      pending: undefined,
      injected: false,
      queued: [],
    }
    links.add(link)
    upstream.on('data', (chunk: Buffer) => {
      if (link.injected) return
      client.write(chunk)
      link.frames.feed(chunk)
      if (link.frames.atBoundary) inject(link)
    })
    client.on('data', (chunk: Buffer) => {
      if (!link.injected) upstream.write(chunk)
    })
    // After an injected close the client ends the TCP connection itself, once it read the frame.
    upstream.on('close', () => {
      if (!link.injected) client.destroy()
    })
    client.on('close', () => {
      upstream.destroy()
      links.delete(link)
    })
    upstream.on('error', () => upstream.destroy())
    client.on('error', () => client.destroy())
  })
  await listen(proxy)

  return {
    port: (proxy.address() as AddressInfo).port,
    closeWith(code, reason = `Closed with ${code} by the fault proxy`) {
      let closed = 0
      for (const link of links) {
        if (!link.frames.upgraded || link.pending) continue
        link.pending = closeFrame(code, reason)
        closed++
        if (link.frames.atBoundary) inject(link)
      }
      return closed
    },
    send(...messages) {
      let sent = 0
      const frames = messages.map((message) =>
        textFrame(JSON.stringify({ ...message, data: JSON.stringify((message as { data?: unknown }).data) })),
      )
      for (const link of links) {
        if (!link.frames.upgraded || link.injected) continue
        link.queued.push(...frames)
        sent++
        if (link.frames.atBoundary) inject(link)
      }
      return sent
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const { client, upstream } of links) {
          client.destroy()
          upstream.destroy()
        }
        proxy.close(() => resolve())
      }),
  }
}

// -------------------------------------------------------------------------------------------------
// A server that stops, restarts and fails
// -------------------------------------------------------------------------------------------------

/**
 * A local server that can fail, usable wherever a `LocalServer` is (a fixture's `on`): its `wsOptions()`
 * go through the proxies with an `unavailableTimeout` of 300 ms (an outage shows as `unavailable`
 * quickly), `onFrame` listeners follow it across restarts, and the rest reads the server running now.
 */
export interface FaultyServer extends LocalServer {
  /** Stops the server (every socket closed with 4200); new connections wait until `start()`. */
  stop(): Promise<void>
  /** Starts a server on the same port (`options` replace the first ones) and lets waiting connections in. */
  start(options?: ServerOptions): Promise<void>
  /** Closes every WebSocket with `code` (see `createFaultProxy`). */
  closeWith(code: number, reason?: string): number
  /** Sends frames to every client as if the server had (see `createFaultProxy`). */
  send(...messages: object[]): number
  /** Closes the proxies and the server. */
  close(): Promise<void>
}

/**
 * A local server behind a holding proxy (restarts on the same port without pusher-js's 15 s wait) and
 * a fault proxy (any close code). Clients: client → fault proxy → holding proxy → server.
 */
export async function startFaultyServer(options: ServerOptions = {}): Promise<FaultyServer> {
  let server = await startServer({ ...options, port: 0 })
  const port = server.port
  const holding = await createHoldingProxy({ target: { port } })
  const faults = await createFaultProxy(holding)
  /** Each listener with its unsubscribe from the server running now. */
  const listeners = new Map<(frame: Frame) => void, () => void>()

  return {
    port,
    host: server.host,
    url: server.url,
    get app() {
      return server.app
    },
    get apps() {
      return server.apps
    },
    wsOptions: (opts) => ({ ...server.wsOptions(opts), wsPort: faults.port, unavailableTimeout: 300 }),
    pusher: (appId) => server.pusher(appId),
    onFrame(listener) {
      listeners.set(listener, server.onFrame(listener))
      return () => {
        listeners.get(listener)?.()
        listeners.delete(listener)
      }
    },
    connectionCount: (appId) => server.connectionCount(appId),
    channels: (appId) => server.channels(appId),
    async stop() {
      holding.hold()
      await server.close()
    },
    async start(restart = options) {
      server = await startServer({ ...restart, port })
      for (const listener of listeners.keys()) listeners.set(listener, server.onFrame(listener))
      holding.resume()
    },
    closeWith: faults.closeWith,
    send: faults.send,
    async close() {
      await faults.close()
      await holding.close()
      await server.close()
    },
  }
}

// -------------------------------------------------------------------------------------------------
// A failing channel authorization endpoint
// -------------------------------------------------------------------------------------------------

/** `'ok'` signs through the local server's dev endpoint; a number answers that HTTP status. */
export type AuthMode = 'ok' | 'malformed' | 'hang' | number

export interface AuthEndpoint {
  readonly url: string
  mode: AuthMode
  /** Requests received so far, by mode. */
  readonly requests: { mode: AuthMode; channel: string | null }[]
  /** pusher-js options that send channel authorization here, signing as `user` when healthy. */
  options(user?: DevUser): Pick<PusherOptions, 'channelAuthorization'>
  /** Ends hanging requests too. */
  close(): Promise<void>
}

/** Forwards the request to the server's dev auth endpoint and answers with its response. */
function forward(target: LocalServer, body: Buffer, response: ServerResponse) {
  const upstream = httpRequest(
    `${target.url}/pusher/auth`,
    { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, { 'Content-Type': 'application/json' })
      answer.pipe(response)
    },
  )
  upstream.on('error', (error) => response.writeHead(502).end(JSON.stringify({ error: error.message })))
  upstream.end(body)
}

/**
 * A channel authorization endpoint whose answer the test switches: signed (`'ok'`), an HTTP status,
 * 200 with malformed JSON, or no answer at all (`'hang'`, until `close()`).
 */
export async function startAuthEndpoint(target: LocalServer, mode: AuthMode = 'ok'): Promise<AuthEndpoint> {
  const requests: AuthEndpoint['requests'] = []
  const http = createHttpServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      const current = endpoint.mode
      requests.push({ mode: current, channel: new URLSearchParams(body.toString()).get('channel_name') })
      if (current === 'ok') return forward(target, body, response)
      if (current === 'hang') return
      if (current === 'malformed') {
        return response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"auth": "key:sig')
      }
      response
        .writeHead(current, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: `Refused with ${current} by the test's auth endpoint` }))
    })
  })
  await listen(http)
  const url = `http://${LOCALHOST}:${(http.address() as AddressInfo).port}/pusher/auth`

  const endpoint: AuthEndpoint = {
    url,
    mode,
    requests,
    options(user) {
      const { channelAuthorization } = target.wsOptions({ user })
      return { channelAuthorization: { transport: 'ajax', ...channelAuthorization, endpoint: url } }
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections()
        http.close(() => resolve())
      }),
  }
  return endpoint
}

// -------------------------------------------------------------------------------------------------
// Reporting
// -------------------------------------------------------------------------------------------------

interface TaskLike {
  type: string
  name: string
  fails?: boolean
  result?: { state?: string; duration?: number }
  tasks?: TaskLike[]
}

/** A pass/fail line per test of a finished suite (call from `afterAll`). */
export function scenarioTable(title: string, suite: TaskLike): string {
  const rows: string[] = []
  const walk = (task: TaskLike, prefix: string) => {
    if (task.type !== 'test') {
      for (const child of task.tasks ?? []) walk(child, `${prefix}${task.name} › `)
      return
    }
    const state = task.result?.state ?? 'not run'
    const verdict = task.fails ? `${state} (known bug: it.fails)` : state
    const duration = `${Math.round(task.result?.duration ?? 0)} ms`.padStart(8)
    rows.push(`${verdict.padEnd(28)}${duration}  ${prefix}${task.name}`)
  }
  for (const child of suite.tasks ?? []) walk(child, '')
  return [`${title}:`, ...rows].join('\n')
}
