import type {
  ChannelKit,
  ChannelKitError,
  ChannelKitOptions,
  ConnectionError,
  ConnectionState,
  SubscriptionError,
} from '@channelkit/core'
import { DEFAULT_APP, type LocalServer, startServer } from '@channelkit/server'
import { alice, bob, carol, channelOf, sent, subscribed, unique } from '@channelkit/test-utils'
import {
  type AuthEndpoint,
  type FaultyServer,
  scenarioTable,
  startAuthEndpoint,
  startFaultyServer,
} from '@channelkit/test-utils/faults'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { kitFixture } from './kits'

// The fault scenarios React and Vue both pass: a restart, a failing auth endpoint, every close code.
// Each framework only mounts its components and reads the screen (a `FaultDriver`).

/** Every connection state and error the screen showed, with when (an error may show for a few ms only). */
export type Seen = { state: ConnectionState; error: string; at: number }[]

/**
 * What each framework renders, by name and props. Every view provides a kit's connection state as
 * testids `connection` and `connection-error` with a `reconnect` button (Room, Session), or a channel:
 * - Room: `private` (channel), `presence`, `members` (ids, comma-separated), `typing` (names, 1 s
 *   timeout), a `send` button triggering `client-message` `{ n }` on `channel`, and `sent` (results).
 * - Healthy: `healthy` (channel) and `last` (the `text` of its last `message` event).
 * - Guarded: `guarded` (channel), `send` and `sent` as in Room through the channel, a `retry` button.
 * - Session: `private` (channel), `user` (sign-in status) and a `sign in` button.
 * Channels show with `shown`; Room and Session record what the connection showed with `see`.
 */
export interface FaultViews {
  Room: { channel: string; room: string; seen: Seen }
  Healthy: { channel: string }
  Guarded: { channel: string }
  Session: { channel: string; seen?: Seen }
}

export interface FaultDriver {
  /** Titles the scenario table: `React fault scenarios`. */
  framework: string
  /** What the framework's bindings are called, for a test name: `hooks`, `composables`. */
  bindings: string
  /** Renders `view` with `kit` provided, alongside what is mounted already. */
  mount<V extends keyof FaultViews>(kit: ChannelKit, view: V, props: FaultViews[V]): unknown
  /** The text of the element with `testId`. */
  text(testId: string): string | null
  /** Clicks the button named `name`; may return a promise (awaited). */
  click(name: string): unknown
  /** Unmounts everything mounted (runs after each test, before the kits are destroyed). */
  unmount(): unknown
}

/** `subscribed`, or `error 403`: the HTTP status, else the refusal code or error type. */
export const shown = (status: string, error: SubscriptionError | undefined): string =>
  error ? `${status} ${error.status ?? error.code ?? error.type}` : status

/** A connection error as the screen shows it: its close code, else its type. */
export const connectionError = (error: ConnectionError | undefined): string =>
  error ? String(error.code ?? error.type) : ''

/** Notes what the connection shows now in `seen`, when it changed. */
export function see(seen: Seen | undefined, state: ConnectionState, error: string): void {
  const last = seen?.at(-1)
  if (seen && (last?.state !== state || last.error !== error))
    seen.push({ state, error, at: performance.now() })
}

const poll = { timeout: 5000, interval: 10 }
const states = (seen: Seen) => seen.map((s) => s.state).filter((state, i, all) => state !== all[i - 1])

/** Declares the fault scenarios (describe/it blocks) for one framework, with its servers and cleanup. */
export function defineFaultScenarios(driver: FaultDriver): void {
  const { mount, text } = driver
  const click = async (name: string) => {
    await driver.click(name)
  }
  /** A roster as rendered, sorted: a ghost or a duplicate shows up as an extra id. */
  const ids = (id: string) => (text(id) || '').split(',').filter(Boolean).sort()

  let server: LocalServer
  let faulty: FaultyServer
  let auth: AuthEndpoint
  let quota: LocalServer
  const live = kitFixture(() => server, { unmount: driver.unmount })

  beforeAll(async () => {
    server = await startServer({ port: 0 })
    faulty = await startFaultyServer()
    auth = await startAuthEndpoint(server)
    quota = await startServer({ port: 0, apps: [{ ...DEFAULT_APP, maxConnections: 1 }] })
  })
  afterEach(() => live.cleanup())
  // biome-ignore lint/correctness/noEmptyPattern: vitest passes the finished suite second, after a fixtures object
  afterAll(async ({}, suite) => {
    console.log(scenarioTable(`${driver.framework} fault scenarios`, suite))
    await Promise.all([faulty.close(), auth.close(), quota.close(), server.close()])
  })

  describe('server stopped mid-session and restarted on the same port', () => {
    it('reconnects, resubscribes every channel, shows the server’s roster, clears typing, delivers queued events', async () => {
      const channel = unique('private-restart-')
      const room = unique('presence-restart-')
      const errors: ChannelKitError[] = []
      const kit = live.kit(alice, { onError: (error) => errors.push(error) }, faulty)
      const bobRoom = await subscribed(live.client(bob, faulty).subscribe(room))
      const carolClient = live.client(carol, faulty)
      const carolRoom = await subscribed(carolClient.subscribe(room))
      const subscribes = live.frames(sent(undefined, 'pusher:subscribe'), faulty)
      const delivered = live.frames(sent(channel, 'client-message'), faulty)
      const seen: Seen = []
      mount(kit, 'Room', { channel, room, seen })
      await expect
        .poll(() => [text('connection'), text('private'), text('presence'), ids('members')], poll)
        .toEqual(['connected', 'subscribed', 'subscribed', ['alice', 'bob', 'carol']])
      carolRoom.trigger('client-typing', { typing: true })
      await expect.poll(() => text('typing'), poll).toBe('Carol')

      await faulty.stop()
      await expect.poll(() => text('connection'), poll).toMatch(/^(connecting|unavailable)$/)
      expect([text('private'), text('presence')]).toEqual(['subscribing', 'subscribing'])
      carolClient.disconnect() // Carol leaves while the server is down
      await click('send')
      await click('send')
      expect(text('sent')).toBe('queued,queued')

      await faulty.start()
      await expect
        .poll(() => [text('connection'), text('private'), text('presence')], poll)
        .toEqual(['connected', 'subscribed', 'subscribed'])
      // The rendered roster is the new server's: Carol gone, nobody twice (Bob comes back on his own).
      const truth = () => [...(faulty.channels().get(room)?.members?.keys() ?? [])].sort()
      await expect
        .poll(() => [ids('members'), truth()], poll)
        .toEqual([
          ['alice', 'bob'],
          ['alice', 'bob'],
        ])
      await expect.poll(() => text('typing'), poll).toBe('')

      // One fresh subscribe per channel from the new socket; the queued events went out after it, in order.
      const socketId = kit.connection.getSnapshot().socketId
      const resubscribed = subscribes.filter((frame) => frame.socketId === socketId)
      expect(resubscribed.map(channelOf).sort()).toEqual([channel, room].sort())
      await expect
        .poll(() => delivered.map((frame) => [frame.socketId, frame.data]), poll)
        .toEqual([
          [socketId, { n: 1 }],
          [socketId, { n: 2 }],
        ])

      // Typing works again after the outage, and expires.
      await expect.poll(() => bobRoom.subscribed, poll).toBe(true)
      bobRoom.trigger('client-typing', { typing: true })
      await expect.poll(() => text('typing'), poll).toBe('Bob')
      await expect.poll(() => text('typing'), poll).toBe('')

      expect(states(seen).join(',')).toMatch(
        /^(initialized,)?connecting,connected(,connecting|,unavailable)+,connected$/,
      )
      expect([text('connection-error'), text('private'), text('presence')]).toEqual([
        '',
        'subscribed',
        'subscribed',
      ])
      expect(errors).toEqual([])
    }, 20_000) // a server restart, a reconnect and a typing expiry: longer than one test's default on a busy machine
  })

  /** A short subscription timeout, so a hanging endpoint shows its error quickly. */
  const withSubscriptionTimeout = (subscriptionTimeout: number): Partial<ChannelKitOptions> => ({
    subscriptionTimeout,
  })

  describe('the channel authorization endpoint fails', () => {
    async function failAndHeal(mode: AuthEndpoint['mode'], expected: string | RegExp, timeout = 5000) {
      auth.mode = 'ok'
      const healthy = unique('private-healthy-')
      const guarded = unique('private-guarded-')
      const errors: ChannelKitError[] = []
      const kit = live.kit(alice, {
        ...auth.options(alice),
        ...withSubscriptionTimeout(1000),
        onError: (error) => errors.push(error),
      })
      const delivered = live.frames(sent(guarded, 'client-message'))
      mount(kit, 'Healthy', { channel: healthy })
      await expect.poll(() => text('healthy'), poll).toBe('subscribed')

      auth.mode = mode
      mount(kit, 'Guarded', { channel: guarded })
      await click('send') // before the endpoint answered: queued
      expect(text('sent')).toBe('queued')
      await expect.poll(() => text('guarded'), { ...poll, timeout }).toMatch(expected)
      // The queued event is reported, not dropped silently; the other channel keeps working.
      expect(errors.map((error) => error.code)).toEqual(['client_event_dropped'])
      await server.pusher().trigger(healthy, 'message', { text: 'still here' })
      await expect.poll(() => [text('healthy'), text('last')], poll).toEqual(['subscribed', 'still here'])

      auth.mode = 'ok'
      await click('retry')
      await expect.poll(() => text('guarded'), poll).toBe('subscribed')
      expect(server.channels().get(guarded)?.subscriptionCount).toBe(1)
      await click('send')
      expect(text('sent')).toBe('queued,sent')
      await expect.poll(() => delivered.map((frame) => frame.data), poll).toEqual([{ n: 2 }])
      expect(auth.requests.filter((request) => request.channel === guarded).map((r) => r.mode)).toEqual([
        mode,
        'ok',
      ])
    }

    it.each([
      ['403', 403, 'error 403'],
      ['500', 500, 'error 500'],
      ['malformed JSON', 'malformed', 'error 200'],
    ] as const)(
      'answers %s: the channel shows the error, others are unaffected, retry() recovers once healed',
      async (_, mode, expected) => {
        await failAndHeal(mode, expected)
      },
    )

    // pusher-js puts no timeout on the authorization request: core's subscriptionTimeout turns the wait
    // into an error that retry() can clear.
    it('hangs: the channel shows an error after the subscription timeout, and retry() recovers', async () => {
      await failAndHeal('hang', /^error/, 2500)
    })
  })

  describe(`close codes: what pusher-js does, the ${driver.bindings} show`, () => {
    it('terminate_connections (4009, 4000–4099): disconnected with the code, no reconnect; connect() recovers', async () => {
      const channel = unique('private-terminate-')
      mount(live.kit(alice), 'Session', { channel })
      await click('sign in')
      await expect
        .poll(() => [text('connection'), text('private'), text('user')], poll)
        .toEqual(['connected', 'subscribed', 'signed-in'])

      await server.pusher().terminateUserConnections('alice')
      await expect
        .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
        .toEqual(['disconnected', '4009', 'unsubscribed'])
      await expect.poll(() => server.connectionCount(), poll).toBe(0)

      await click('reconnect')
      await expect
        .poll(() => [text('connection'), text('connection-error'), text('private'), text('user')], poll)
        .toEqual(['connected', '', 'subscribed', 'signed-in'])
    })

    it('4001 (the app is gone after a restart): disconnected, no reconnect; connect() recovers once it is back', async () => {
      const channel = unique('private-4001-')
      mount(live.kit(alice, {}, faulty), 'Session', { channel })
      await expect
        .poll(() => [text('connection'), text('private')], poll)
        .toEqual(['connected', 'subscribed'])

      await faulty.stop()
      await faulty.start({ apps: [{ id: 'other', key: 'other-key', secret: 'other-secret' }] })
      await expect
        .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
        .toEqual(['disconnected', '4001', 'unsubscribed'])

      await faulty.stop()
      await faulty.start()
      await click('reconnect')
      await expect
        .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
        .toEqual(['connected', '', 'subscribed'])
    })

    it('4004 (over the connection quota): disconnected, no reconnect; connect() recovers once a slot is free', async () => {
      const channel = unique('private-4004-')
      const other = live.client(bob, quota)
      await expect.poll(() => quota.connectionCount(), poll).toBe(1)
      mount(live.kit(alice, {}, quota), 'Session', { channel })
      await expect
        .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
        .toEqual(['disconnected', '4004', 'unsubscribed'])

      other.disconnect()
      await expect.poll(() => quota.connectionCount(), poll).toBe(0)
      await click('reconnect')
      await expect
        .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
        .toEqual(['connected', '', 'subscribed'])
    })

    it.each([
      { code: 4100, why: 'over capacity, injected', backoff: true, when: 'after 1 s' },
      { code: 4200, why: 'server restart, server.close()', backoff: false, when: 'at once' },
      { code: 4201, why: 'pong timeout, injected', backoff: false, when: 'at once' },
    ])('$code ($why): reconnects $when and resubscribes', async ({ code, backoff }) => {
      const channel = unique(`private-${code}-`)
      const subscribes = live.frames(sent(channel, 'pusher:subscribe'), faulty)
      const seen: Seen = []
      mount(live.kit(alice, {}, faulty), 'Session', { channel, seen })
      await expect
        .poll(() => [text('connection'), text('private')], poll)
        .toEqual(['connected', 'subscribed'])

      const closedAt = performance.now()
      if (code === 4200) await faulty.stop()
      else expect(faulty.closeWith(code)).toBe(1)
      // The error shows until the connection is back, which may take a few milliseconds only.
      await expect.poll(() => seen.some((s) => s.at > closedAt && s.state !== 'connected'), poll).toBe(true)
      const reconnecting = seen.find((s) => s.at > closedAt && s.state !== 'connected')!
      expect(reconnecting.error).toBe(String(code))
      if (backoff) expect(reconnecting.at - closedAt).toBeGreaterThanOrEqual(900)
      else expect(reconnecting.at - closedAt).toBeLessThan(900)
      if (code === 4200) await faulty.start()

      await expect
        .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
        .toEqual(['connected', '', 'subscribed'])
      expect(new Set(subscribes.map((frame) => frame.socketId)).size).toBe(2)
      expect(states(seen).join(',')).toMatch(
        /^(initialized,)?connecting,connected(,connecting|,unavailable)+,connected$/,
      )
    })
  })
}
