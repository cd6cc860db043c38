import { TextDecoder, TextEncoder } from 'node:util'
import {
  type DevUser,
  type Frame,
  type LocalServer,
  type ServerOptions,
  type SimulatedMember,
  startServer,
  type TriggerOptions,
} from '@channelkit/server'
import Pusher, { type Options as PusherOptions } from 'pusher-js'
import { channelOf, describeMatcher, type FrameMatcher, frameMatches, parsed } from './frames'
import { TestingError } from './TestingError'

/** Who the development auth endpoints sign in: `id`, optional `info` (presence) and `watchlist`. */
export type TestUser = DevUser

/** The user kits, wrappers, plugins and clients sign in as when a test names nobody. */
export const testUser: TestUser = { id: 'test-user', info: { name: 'Test User' } }

export interface TestServerOptions extends ServerOptions {
  /** Who the helpers sign in as when given no user; `null`: nobody (presence channels then refuse). Default `testUser`. */
  user?: TestUser | null
  /** Milliseconds `subscribed()`, `signedIn()` and `waitForFrame()` wait by default (default 3000). */
  timeout?: number
}

/** pusher-js options for the test server plus ChannelKit's `key` and `server: false` (it connects from tests). */
export type KitOptions = PusherOptions & { key: string; server: false }

export interface WaitOptions {
  /** Milliseconds (default: the server's `timeout`, 3000). */
  timeout?: number
}

/**
 * A real local Pusher server (`@channelkit/server`) for one test file, and what tests do with it.
 * `start()` before the tests, `reset()` after each (it unmounts what the helpers rendered, closes the
 * kits and clients they made, removes simulated members and forgets the frames), `stop()` at the end.
 * `setupTestServer()` registers the three for you.
 */
export interface TestServer {
  /** Starts the server on 127.0.0.1 and a free port. */
  start(): Promise<void>
  /** Undoes what the test did: runs `defer`red cleanups (newest first), removes simulated members, forgets frames. */
  reset(): Promise<void>
  /** `reset()`, then stops the server: no socket and no timer stays behind. */
  stop(): Promise<void>

  /** The running `@channelkit/server` (throws before `start()`). */
  readonly localServer: LocalServer
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  /** The app key kits connect with. */
  readonly appKey: string
  /** Who the helpers sign in as when given no user. */
  readonly user: TestUser | null

  /** pusher-js options for this server, signing in as `user` (default: the server's `user`). */
  clientOptions(user?: TestUser | null): PusherOptions
  /** `{ key, server: false, ...clientOptions(user) }`: for `createChannelKit`, `ChannelKitPlugin` or a provider's `options`. */
  kitOptions(user?: TestUser | null): KitOptions
  /** Another user's plain pusher-js client (another browser), disconnected at `reset()`. */
  client(user?: TestUser | null): Pusher

  /** Sends an event to a channel's subscribers now, as your backend would through the HTTP API. */
  trigger(channels: string | string[], event: string, data?: unknown, options?: TriggerOptions): void
  /** A simulated member joins a presence channel (`member_added` for everyone there). */
  join(channel: string, member: { id: string | number; info?: unknown }): SimulatedMember
  /** The simulated member leaves (`member_removed`). */
  leave(channel: string, id: string | number): void
  /** The simulated members of a presence channel. */
  members(channel: string): SimulatedMember[]
  /** The simulated member starts typing (`typing: false`: stops), as ChannelKit's typing sends it. */
  typing(channel: string, id: string | number, typing?: boolean): void
  /** The simulated member sends a client event (`client-…`) to everyone else on the channel. */
  clientEvent(channel: string, id: string | number, event: string, data?: unknown): void

  /** Every protocol frame since the last reset, in and out, that `matcher` accepts. */
  frames(matcher?: FrameMatcher): Frame[]
  /** The frames clients sent (direction `in`) since the last reset that `matcher` accepts. */
  sent(matcher?: FrameMatcher): Frame[]
  /** The first frame since the last reset that `matcher` accepts: at once if one came, else the next one. */
  waitForFrame(matcher: FrameMatcher, options?: WaitOptions): Promise<Frame>
  /** Resolves once `count` (default 1) connections are subscribed to `channel` (since the last reset). */
  subscribed(channel: string, options?: WaitOptions & { count?: number }): Promise<void>
  /** Resolves once a connection signed in (user authentication), as `userId` when given. */
  signedIn(userId?: string, options?: WaitOptions): Promise<void>

  /** Runs `fn` at the next `reset()`, newest first (e.g. `() => kit.destroy()` for a kit you made yourself). */
  defer(fn: () => unknown): void
}

/** A connection a helper made and closes at reset; its frames are forgotten once it closed. */
export interface Owned {
  close(): unknown
  /** Its socket id while connected. */
  socketId(): string | undefined
}

interface Internals {
  own(owned: Owned): void
}

const internals = new WeakMap<TestServer, Internals>()

/** For the React and Vue helpers: a kit or client whose connection `reset()` closes and waits out. */
export function own(server: TestServer, owned: Owned): void {
  const found = internals.get(server)
  if (!found) {
    throw new TestingError(
      'invalid_argument',
      'Pass the TestServer from createTestServer() or setupTestServer().',
    )
  }
  found.own(owned)
}

interface Waiter {
  check(): void
  cancel(): void
}

/** How long `reset()` waits for the connections it closed to be gone at the server. */
const CLOSE_WAIT_MS = 2000
const CLOSE_POLL_MS = 5

/** The page's origin in happy-dom and jsdom, which a browser build of pusher-js sends with its requests. */
function pageOrigin(): string[] {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin
  return typeof origin === 'string' && /^https?:\/\/[^/]+$/.test(origin) ? [origin] : []
}

/**
 * Jest's jsdom environment has no TextEncoder (a gap of that environment, not of browsers), and ChannelKit
 * measures client events with it: lend Node's, as a Jest setup file otherwise would.
 */
function lendTextCoding(): void {
  const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown }
  g.TextEncoder ??= TextEncoder
  g.TextDecoder ??= TextDecoder
}

function startFailed(error: unknown): TestingError {
  const text = error instanceof Error ? error.message : String(error)
  // Jest's jsdom environment resolves packages with the `browser` condition, and `ws` then gives its stub.
  const browserWs = /ws does not work in the browser|WebSocketServer\)? is not a constructor/i.test(text)
  const hint = browserWs
    ? " The test environment resolved `ws` to its browser stub: in Jest with jsdom, set testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] } (see the \"Jest\" section of @channelkit/testing's README)."
    : ''
  return new TestingError(
    'start_failed',
    `The local server did not start: ${text.replace(/\.$/, '')}.${hint}`,
    { cause: error },
  )
}

/** The user id in a `pusher:signin_success` frame (its `user_data` is JSON inside JSON). */
function signedInId(frame: Frame): string | undefined {
  const data = parsed(frame.data) as { user_data?: unknown } | undefined
  const user = parsed(data?.user_data) as { id?: unknown } | undefined
  return typeof user?.id === 'string' ? user.id : undefined
}

/**
 * A test server that you start, reset and stop from your own hooks (any test runner):
 *
 * ```ts
 * const server = createTestServer()
 * beforeAll(() => server.start())
 * afterEach(() => server.reset())
 * afterAll(() => server.stop())
 * ```
 */
export function createTestServer(options: TestServerOptions = {}): TestServer {
  const { user: defaultUser = testUser, timeout: defaultTimeout = 3000, ...serverOptions } = options
  let local: LocalServer | undefined
  let stopRecording: (() => void) | undefined
  const seen: Frame[] = []
  const retired = new Set<string>()
  const waiters = new Set<Waiter>()
  const deferred: (() => unknown)[] = []
  const owned: Owned[] = []

  const current = (what: string): LocalServer => {
    if (local) return local
    throw new TestingError(
      'not_started',
      `${what} needs the running test server: call it inside a test or a hook after start() (setupTestServer() starts it in beforeAll).`,
    )
  }
  const who = (user: TestUser | null | undefined) => (user === undefined ? defaultUser : user)

  const record = (frame: Frame) => {
    if (retired.has(frame.socketId)) return
    seen.push(frame)
    for (const waiter of [...waiters]) waiter.check()
  }

  /** Resolves with `read()` once it is defined, re-read at every frame; rejects after `timeout`. */
  const until = <T>(
    read: () => T | undefined,
    failure: () => string,
    timeout = defaultTimeout,
  ): Promise<T> => {
    const now = read()
    if (now !== undefined) return Promise.resolve(now)
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(waiter)
        reject(new TestingError('timeout', `${failure()} within ${timeout} ms.`))
      }, timeout)
      const waiter: Waiter = {
        check() {
          const value = read()
          if (value === undefined) return
          waiter.cancel()
          resolve(value)
        },
        cancel() {
          clearTimeout(timer)
          waiters.delete(waiter)
        },
      }
      waiters.add(waiter)
    })
  }

  const connections = (server: LocalServer) =>
    server.apps.reduce((n, app) => n + server.connectionCount(app.id), 0)

  /** Closes the helpers' connections and waits (briefly) until the server saw them go. */
  const closeOwned = async (failures: unknown[]) => {
    const closing = owned.splice(0)
    const sockets = closing.map((o) => o.socketId()).filter((id): id is string => id !== undefined)
    const before = local ? connections(local) : 0
    for (const o of closing.reverse()) {
      try {
        await o.close()
      } catch (error) {
        failures.push(error)
      }
    }
    for (const id of sockets) retired.add(id)
    if (!local || sockets.length === 0) return
    const server = local
    const deadline = Date.now() + CLOSE_WAIT_MS
    while (connections(server) > Math.max(0, before - sockets.length) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, CLOSE_POLL_MS))
    }
  }

  const reset = async () => {
    for (const waiter of [...waiters]) waiter.cancel()
    const failures: unknown[] = []
    // One failing step must not leave the others' sockets open: the test process would not exit.
    for (const fn of deferred.splice(0).reverse()) {
      try {
        await fn()
      } catch (error) {
        failures.push(error)
      }
    }
    await closeOwned(failures)
    if (local) for (const app of local.apps) local.simulator(app.id).reset()
    seen.length = 0
    if (failures.length === 1) throw failures[0]
    if (failures.length > 1)
      throw new AggregateError(failures, `${failures.length} cleanups failed at reset()`)
  }

  const server: TestServer = {
    async start() {
      if (local) {
        throw new TestingError('already_started', 'start() was called twice: stop() the test server first.')
      }
      lendTextCoding()
      try {
        local = await startServer({
          port: 0,
          ...serverOptions,
          allowedOrigins: [...(serverOptions.allowedOrigins ?? []), ...pageOrigin()],
        })
      } catch (error) {
        throw startFailed(error)
      }
      stopRecording = local.onFrame(record)
    },
    reset,
    async stop() {
      try {
        await reset()
      } finally {
        stopRecording?.()
        stopRecording = undefined
        retired.clear()
        const closing = local
        local = undefined
        await closing?.close()
      }
    },

    get localServer() {
      return current('localServer')
    },
    get url() {
      return current('url').url
    },
    get appKey() {
      return current('appKey').app.key
    },
    user: defaultUser,

    clientOptions(user) {
      const u = who(user)
      return current('clientOptions()').wsOptions(u ? { user: u } : {})
    },
    kitOptions(user) {
      return { key: current('kitOptions()').app.key, server: false, ...server.clientOptions(user) }
    },
    client(user) {
      const client = new Pusher(current('client()').app.key, server.clientOptions(user))
      own(server, {
        close: () => client.disconnect(),
        socketId: () => (client.connection.state === 'connected' ? client.connection.socket_id : undefined),
      })
      return client
    },

    trigger: (channels, event, data, triggerOptions) =>
      current('trigger()').trigger(channels, event, data, triggerOptions),
    join: (channel, member) => current('join()').simulate.join(channel, member),
    leave: (channel, id) => current('leave()').simulate.leave(channel, id),
    members: (channel) => current('members()').simulate.members(channel),
    typing: (channel, id, typing = true) => current('typing()').simulate.typing(channel, id, typing),
    clientEvent: (channel, id, event, data) =>
      current('clientEvent()').simulate.clientEvent(channel, id, event, data),

    frames: (matcher = {}) => seen.filter((frame) => frameMatches(matcher, frame)),
    sent: (matcher = {}) => seen.filter((frame) => frame.direction === 'in' && frameMatches(matcher, frame)),
    waitForFrame(matcher, { timeout } = {}) {
      current('waitForFrame()')
      return until(
        () => seen.find((frame) => frameMatches(matcher, frame)),
        () => `No frame matching ${describeMatcher(matcher)} came`,
        timeout,
      )
    },
    async subscribed(channel, { timeout, count = 1 } = {}) {
      current('subscribed()')
      const subscribers = () => {
        const sockets = new Set<string>()
        for (const frame of seen) {
          if (frame.direction === 'out' && frame.event === 'pusher_internal:subscription_succeeded') {
            if (frame.channel === channel) sockets.add(frame.socketId)
          } else if (frame.direction === 'in' && frame.event === 'pusher:unsubscribe') {
            if (channelOf(frame) === channel) sockets.delete(frame.socketId)
          }
        }
        return sockets.size
      }
      await until(
        () => (subscribers() >= count ? true : undefined),
        () => {
          const asked = seen.filter(
            (f) => f.direction === 'in' && f.event === 'pusher:subscribe' && channelOf(f) === channel,
          ).length
          const signed = /^(private|presence)-/.test(channel)
            ? ': pusher-js sends it once the auth endpoint signed the subscription (presence channels need a user)'
            : ''
          return `${count === 1 ? 'No connection' : `Fewer than ${count} connections`} subscribed to "${channel}" (${subscribers()} subscribed, ${asked} pusher:subscribe received${asked === 0 ? signed : ''})`
        },
        timeout,
      )
    },
    async signedIn(userId, { timeout } = {}) {
      current('signedIn()')
      await until(
        () =>
          seen.some(
            (frame) =>
              frame.direction === 'out' &&
              frame.event === 'pusher:signin_success' &&
              (userId === undefined || signedInId(frame) === userId),
          ) || undefined,
        () => `No connection signed in${userId === undefined ? '' : ` as "${userId}"`}`,
        timeout,
      )
    },

    defer(fn) {
      if (typeof fn !== 'function') {
        throw new TestingError('invalid_argument', `defer() takes a function; got ${typeof fn}.`)
      }
      deferred.push(fn)
    },
  }
  internals.set(server, { own: (o) => owned.push(o) })
  return server
}
