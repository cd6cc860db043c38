import { createServer as createHttpServer, request as httpRequest, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  createFaultProxy,
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
  /** Closes every WebSocket with `code` (see the server's `createFaultProxy`). */
  closeWith(code: number, reason?: string): number
  /** Sends frames to every client as if the server had (see the server's `createFaultProxy`). */
  send(...messages: object[]): number
  /** Closes the proxies and the server. */
  close(): Promise<void>
}

/**
 * A local server behind the server package's fault proxy: restarts on the same port without pusher-js's
 * 15 s wait, any close code, any frame.
 */
export async function startFaultyServer(options: ServerOptions = {}): Promise<FaultyServer> {
  let server = await startServer({ ...options, port: 0 })
  const port = server.port
  const faults = await createFaultProxy({ target: { port } })
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
    trigger: (...args) => server.trigger(...args),
    get simulate() {
      return server.simulate
    },
    simulator: (appId) => server.simulator(appId),
    get control() {
      return server.control
    },
    async stop() {
      faults.hold()
      await server.close()
    },
    async start(restart = options) {
      server = await startServer({ ...restart, port })
      for (const listener of listeners.keys()) listeners.set(listener, server.onFrame(listener))
      faults.resume()
    },
    closeWith: faults.closeWith,
    send: faults.send,
    async close() {
      await faults.close()
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
