import type {
  ChannelKit,
  ChannelKitError,
  ChannelKitOptions,
  ConnectionState,
  SubscriptionError,
} from '@channelkit/core'
import { DEFAULT_APP, type LocalServer, startServer } from '@channelkit/server'
import {
  type AuthEndpoint,
  type FaultyServer,
  scenarioTable,
  startAuthEndpoint,
  startFaultyServer,
} from '@channelkit/test-utils/faults'
import { fireEvent, render, screen } from '@testing-library/react'
import { type ReactNode, useState } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { useChannel } from '../useChannel'
import { useClientTrigger } from '../useClientTrigger'
import { useConnectionState } from '../useConnectionState'
import { useEvent } from '../useEvent'
import { usePresence } from '../usePresence'
import { usePusher } from '../usePusher'
import { useTyping } from '../useTyping'
import { useUser } from '../useUser'
import { alice, bob, carol, liveServer, sent, subscribed, subscribeFrames, unique } from './helpers'

const live = liveServer()
let faulty: FaultyServer
let auth: AuthEndpoint
let quota: LocalServer

beforeAll(async () => {
  faulty = await startFaultyServer()
  auth = await startAuthEndpoint(live.server)
  quota = await startServer({ port: 0, apps: [{ ...DEFAULT_APP, maxConnections: 1 }] })
})
// biome-ignore lint/correctness/noEmptyPattern: vitest passes the finished suite second, after a fixtures object
afterAll(async ({}, suite) => {
  console.log(scenarioTable('React fault scenarios', suite))
  await Promise.all([faulty.close(), auth.close(), quota.close()])
})

const text = (id: string) => screen.getByTestId(id).textContent
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }))
/** A roster as rendered, sorted: a ghost or a duplicate shows up as an extra id. */
const ids = (id: string) => (text(id) || '').split(',').filter(Boolean).sort()
const poll = { timeout: 5000, interval: 10 }

/** `subscribed`, or `error 403`: the HTTP status, else the refusal code or error type. */
const shown = ({ status, error }: { status: string; error: SubscriptionError | undefined }) =>
  error ? `${status} ${error.status ?? error.code ?? error.type}` : status

/** Every connection state and error the screen showed, with when (an error may show for a few ms only). */
type Seen = { state: ConnectionState; error: string; at: number }[]
const states = (seen: Seen) => seen.map((s) => s.state).filter((state, i, all) => state !== all[i - 1])

function Connection({ seen }: { seen?: Seen }) {
  const connection = useConnectionState()
  const kit = usePusher()
  const state = connection.state
  const error = connection.error ? String(connection.error.code ?? connection.error.type) : ''
  const last = seen?.at(-1)
  if (seen && (last?.state !== state || last.error !== error))
    seen.push({ state, error, at: performance.now() })
  return (
    <>
      <p data-testid="connection">{state}</p>
      <p data-testid="connection-error">{error}</p>
      <button type="button" onClick={() => kit.connect()}>
        reconnect
      </button>
    </>
  )
}

function Sender({ channel }: { channel: string }) {
  const send = useClientTrigger(channel)
  const [results, setResults] = useState<string[]>([])
  const onClick = () => setResults([...results, send('client-message', { n: results.length + 1 })])
  return (
    <>
      <button type="button" onClick={onClick}>
        send
      </button>
      <p data-testid="sent">{results.join(',')}</p>
    </>
  )
}

function Room({ channel, room, seen }: { channel: string; room: string; seen: Seen }) {
  const privateChannel = useChannel(channel)
  const roster = usePresence(room)
  const { typing } = useTyping(room, { timeout: 1000 })
  return (
    <>
      <Connection seen={seen} />
      <p data-testid="private">{shown(privateChannel)}</p>
      <p data-testid="presence">{shown(roster)}</p>
      <p data-testid="members">{roster.members.map((m) => m.id).join(',')}</p>
      <p data-testid="typing">{typing.map((t) => t.name).join(',')}</p>
      <Sender channel={channel} />
    </>
  )
}

const within = (kit: ChannelKit, ui: ReactNode) => <ChannelKitProvider kit={kit}>{ui}</ChannelKitProvider>

describe('server stopped mid-session and restarted on the same port', () => {
  it('reconnects, resubscribes every channel, shows the server’s roster, clears typing, delivers queued events', async () => {
    const channel = unique('private-restart-')
    const room = unique('presence-restart-')
    const errors: ChannelKitError[] = []
    const kit = live.kit(alice, { onError: (error) => errors.push(error) }, faulty)
    const bobRoom = await subscribed(live.client(bob, faulty), room)
    const carolClient = live.client(carol, faulty)
    const carolRoom = await subscribed(carolClient, room)
    const subscribes = live.frames(sent(undefined, 'pusher:subscribe'), faulty)
    const delivered = live.frames(sent(channel, 'client-message'), faulty)
    const seen: Seen = []
    render(within(kit, <Room channel={channel} room={room} seen={seen} />))
    await expect
      .poll(() => [text('connection'), text('private'), text('presence'), ids('members')], poll)
      .toEqual(['connected', 'subscribed', 'subscribed', ['alice', 'bob', 'carol']])
    carolRoom.trigger('client-typing', { typing: true })
    await expect.poll(() => text('typing'), poll).toBe('Carol')

    await faulty.stop()
    await expect.poll(() => text('connection'), poll).toMatch(/^(connecting|unavailable)$/)
    expect([text('private'), text('presence')]).toEqual(['subscribing', 'subscribing'])
    carolClient.disconnect() // Carol leaves while the server is down
    click('send')
    click('send')
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
    expect(resubscribed.map((frame) => (frame.data as { channel: string }).channel).sort()).toEqual(
      [channel, room].sort(),
    )
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
  })
})

function Guarded({ channel }: { channel: string }) {
  const guarded = useChannel(channel)
  const [results, setResults] = useState<string[]>([])
  const send = () => setResults([...results, guarded.trigger('client-message', { n: results.length + 1 })])
  return (
    <>
      <p data-testid="guarded">{shown(guarded)}</p>
      <p data-testid="sent">{results.join(',')}</p>
      <button type="button" onClick={send}>
        send
      </button>
      <button type="button" onClick={guarded.retry}>
        retry
      </button>
    </>
  )
}

function Healthy({ channel }: { channel: string }) {
  const healthy = useChannel(channel)
  const [last, setLast] = useState('')
  useEvent(channel, 'message', (data: { text: string }) => setLast(data.text))
  return (
    <>
      <p data-testid="healthy">{shown(healthy)}</p>
      <p data-testid="last">{last}</p>
    </>
  )
}

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
    const { rerender } = render(within(kit, <Healthy channel={healthy} />))
    await expect.poll(() => text('healthy'), poll).toBe('subscribed')

    auth.mode = mode
    rerender(
      within(
        kit,
        <>
          <Healthy channel={healthy} />
          <Guarded channel={guarded} />
        </>,
      ),
    )
    click('send') // before the endpoint answered: queued
    expect(text('sent')).toBe('queued')
    await expect.poll(() => text('guarded'), { ...poll, timeout }).toMatch(expected)
    // The queued event is reported, not dropped silently; the other channel keeps working.
    expect(errors.map((error) => error.code)).toEqual(['client_event_dropped'])
    await live.server.pusher().trigger(healthy, 'message', { text: 'still here' })
    await expect.poll(() => [text('healthy'), text('last')], poll).toEqual(['subscribed', 'still here'])

    auth.mode = 'ok'
    click('retry')
    await expect.poll(() => text('guarded'), poll).toBe('subscribed')
    expect(live.server.channels().get(guarded)?.subscriptionCount).toBe(1)
    click('send')
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

function Session({ channel }: { channel: string }) {
  const privateChannel = useChannel(channel)
  const user = useUser()
  return (
    <>
      <p data-testid="private">{shown(privateChannel)}</p>
      <p data-testid="user">{user.status}</p>
      <button type="button" onClick={user.signin}>
        sign in
      </button>
    </>
  )
}

describe('close codes: what pusher-js does, the hooks show', () => {
  it('terminate_connections (4009, 4000–4099): disconnected with the code, no reconnect; connect() recovers', async () => {
    const channel = unique('private-terminate-')
    const kit = live.kit(alice)
    render(
      within(
        kit,
        <>
          <Connection />
          <Session channel={channel} />
        </>,
      ),
    )
    click('sign in')
    await expect
      .poll(() => [text('connection'), text('private'), text('user')], poll)
      .toEqual(['connected', 'subscribed', 'signed-in'])

    await live.server.pusher().terminateUserConnections('alice')
    await expect
      .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
      .toEqual(['disconnected', '4009', 'unsubscribed'])
    await expect.poll(() => live.server.connectionCount(), poll).toBe(0)

    click('reconnect')
    await expect
      .poll(() => [text('connection'), text('connection-error'), text('private'), text('user')], poll)
      .toEqual(['connected', '', 'subscribed', 'signed-in'])
  })

  it('4001 (the app is gone after a restart): disconnected, no reconnect; connect() recovers once it is back', async () => {
    const channel = unique('private-4001-')
    const kit = live.kit(alice, {}, faulty)
    render(within(kit, <Connection />))
    render(within(kit, <Session channel={channel} />))
    await expect.poll(() => [text('connection'), text('private')], poll).toEqual(['connected', 'subscribed'])

    await faulty.stop()
    await faulty.start({ apps: [{ id: 'other', key: 'other-key', secret: 'other-secret' }] })
    await expect
      .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
      .toEqual(['disconnected', '4001', 'unsubscribed'])

    await faulty.stop()
    await faulty.start()
    click('reconnect')
    await expect
      .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
      .toEqual(['connected', '', 'subscribed'])
  })

  it('4004 (over the connection quota): disconnected, no reconnect; connect() recovers once a slot is free', async () => {
    const channel = unique('private-4004-')
    const other = live.client(bob, quota)
    await expect.poll(() => quota.connectionCount(), poll).toBe(1)
    const kit = live.kit(alice, {}, quota)
    render(within(kit, <Connection />))
    render(within(kit, <Session channel={channel} />))
    await expect
      .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
      .toEqual(['disconnected', '4004', 'unsubscribed'])

    other.disconnect()
    await expect.poll(() => quota.connectionCount(), poll).toBe(0)
    click('reconnect')
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
    const kit = live.kit(alice, {}, faulty)
    const subscribes = live.frames(subscribeFrames(channel), faulty)
    const seen: Seen = []
    render(within(kit, <Connection seen={seen} />))
    render(within(kit, <Session channel={channel} />))
    await expect.poll(() => [text('connection'), text('private')], poll).toEqual(['connected', 'subscribed'])

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
