import type { ChannelKitError, ChannelKitOptions, ConnectionState, SubscriptionError } from '@channelkit/core'
import { DEFAULT_APP, type LocalServer, startServer } from '@channelkit/server'
import { channelOf, unique } from '@channelkit/test-utils'
import {
  type AuthEndpoint,
  type FaultyServer,
  scenarioTable,
  startAuthEndpoint,
  startFaultyServer,
} from '@channelkit/test-utils/faults'
import { fireEvent, screen } from '@testing-library/vue'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h, type PropType, ref } from 'vue'
import { alice, bob, carol, framesIn, kit, otherClient, renderWithKit, subscribed } from '../../test/helpers'
import {
  useChannel,
  useClientTrigger,
  useConnectionState,
  useEvent,
  usePresence,
  usePusher,
  useTyping,
  useUser,
} from '..'

let live: LocalServer
let faulty: FaultyServer
let auth: AuthEndpoint
let quota: LocalServer

beforeAll(async () => {
  live = await startServer({ port: 0 })
  faulty = await startFaultyServer()
  auth = await startAuthEndpoint(live)
  quota = await startServer({ port: 0, apps: [{ ...DEFAULT_APP, maxConnections: 1 }] })
})
// biome-ignore lint/correctness/noEmptyPattern: vitest passes the finished suite second, after a fixtures object
afterAll(async ({}, suite) => {
  console.log(scenarioTable('Vue fault scenarios', suite))
  await Promise.all([faulty.close(), auth.close(), quota.close(), live.close()])
})

const text = (id: string) => screen.getByTestId(id).textContent
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }))
/** A roster as rendered, sorted: a ghost or a duplicate shows up as an extra id. */
const ids = (id: string) => (text(id) || '').split(',').filter(Boolean).sort()
const poll = { timeout: 5000, interval: 10 }

/** `subscribed`, or `error 403`: the HTTP status, else the refusal code or error type. */
const shown = (status: string, error: SubscriptionError | undefined) =>
  error ? `${status} ${error.status ?? error.code ?? error.type}` : status

/** Every connection state and error the screen showed, with when (an error may show for a few ms only). */
type Seen = { state: ConnectionState; error: string; at: number }[]
const states = (seen: Seen) => seen.map((s) => s.state).filter((state, i, all) => state !== all[i - 1])

const Connection = defineComponent({
  props: { seen: { type: Array as PropType<Seen>, default: undefined } },
  setup(props) {
    const connection = useConnectionState()
    const kit = usePusher()
    return () => {
      const { state } = connection.value
      const error = connection.value.error
        ? String(connection.value.error.code ?? connection.value.error.type)
        : ''
      const last = props.seen?.at(-1)
      if (props.seen && (last?.state !== state || last.error !== error)) {
        props.seen.push({ state, error, at: performance.now() })
      }
      return h('div', [
        h('p', { 'data-testid': 'connection' }, state),
        h('p', { 'data-testid': 'connection-error' }, error),
        h('button', { type: 'button', onClick: () => kit.connect() }, 'reconnect'),
      ])
    }
  },
})

const Room = defineComponent({
  props: {
    channel: { type: String, required: true },
    room: { type: String, required: true },
    seen: { type: Array as PropType<Seen>, required: true },
  },
  setup(props) {
    const privateChannel = useChannel(props.channel)
    const roster = usePresence(props.room)
    const { typing } = useTyping(props.room, { timeout: 1000 })
    const send = useClientTrigger(props.channel)
    const results = ref<string[]>([])
    const onClick = () => {
      results.value = [...results.value, send('client-message', { n: results.value.length + 1 })]
    }
    return () =>
      h('div', [
        h(Connection, { seen: props.seen }),
        h('p', { 'data-testid': 'private' }, shown(privateChannel.status.value, privateChannel.error.value)),
        h('p', { 'data-testid': 'presence' }, shown(roster.value.status, roster.value.error)),
        h('p', { 'data-testid': 'members' }, roster.value.members.map((m) => m.id).join(',')),
        h('p', { 'data-testid': 'typing' }, typing.value.map((t) => t.name).join(',')),
        h('button', { type: 'button', onClick }, 'send'),
        h('p', { 'data-testid': 'sent' }, results.value.join(',')),
      ])
  },
})

describe('server stopped mid-session and restarted on the same port', () => {
  it('reconnects, resubscribes every channel, shows the server’s roster, clears typing, delivers queued events', async () => {
    const channel = unique('private-restart-')
    const room = unique('presence-restart-')
    const errors: ChannelKitError[] = []
    const k = kit(faulty, alice, { onError: (error) => errors.push(error) })
    const bobRoom = otherClient(faulty, bob).subscribe(room)
    await subscribed(bobRoom)
    const carolClient = otherClient(faulty, carol)
    const carolRoom = carolClient.subscribe(room)
    await subscribed(carolRoom)
    const subscribes = framesIn(faulty, 'pusher:subscribe')
    const delivered = framesIn(faulty, 'client-message', channel)
    const seen: Seen = []
    renderWithKit(Room, k, { channel, room, seen })
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
    const socketId = k.connection.getSnapshot().socketId
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
  })
})

const Guarded = defineComponent({
  props: { channel: { type: String, required: true } },
  setup(props) {
    const guarded = useChannel(props.channel)
    const results = ref<string[]>([])
    const send = () => {
      results.value = [...results.value, guarded.trigger('client-message', { n: results.value.length + 1 })]
    }
    return () =>
      h('div', [
        h('p', { 'data-testid': 'guarded' }, shown(guarded.status.value, guarded.error.value)),
        h('p', { 'data-testid': 'sent' }, results.value.join(',')),
        h('button', { type: 'button', onClick: send }, 'send'),
        h('button', { type: 'button', onClick: () => guarded.retry() }, 'retry'),
      ])
  },
})

const Healthy = defineComponent({
  props: { channel: { type: String, required: true } },
  setup(props) {
    const healthy = useChannel(props.channel)
    const last = ref('')
    useEvent(props.channel, 'message', (data: { text: string }) => {
      last.value = data.text
    })
    return () =>
      h('div', [
        h('p', { 'data-testid': 'healthy' }, shown(healthy.status.value, healthy.error.value)),
        h('p', { 'data-testid': 'last' }, last.value),
      ])
  },
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
    const k = kit(live, alice, {
      ...auth.options(alice),
      ...withSubscriptionTimeout(1000),
      onError: (error) => errors.push(error),
    })
    const delivered = framesIn(live, 'client-message', guarded)
    renderWithKit(Healthy, k, { channel: healthy })
    await expect.poll(() => text('healthy'), poll).toBe('subscribed')

    auth.mode = mode
    renderWithKit(Guarded, k, { channel: guarded })
    await click('send') // before the endpoint answered: queued
    expect(text('sent')).toBe('queued')
    await expect.poll(() => text('guarded'), { ...poll, timeout }).toMatch(expected)
    // The queued event is reported, not dropped silently; the other channel keeps working.
    expect(errors.map((error) => error.code)).toEqual(['client_event_dropped'])
    await live.pusher().trigger(healthy, 'message', { text: 'still here' })
    await expect.poll(() => [text('healthy'), text('last')], poll).toEqual(['subscribed', 'still here'])

    auth.mode = 'ok'
    await click('retry')
    await expect.poll(() => text('guarded'), poll).toBe('subscribed')
    expect(live.channels().get(guarded)?.subscriptionCount).toBe(1)
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

const Session = defineComponent({
  props: {
    channel: { type: String, required: true },
    seen: { type: Array as PropType<Seen>, default: undefined },
  },
  setup(props) {
    const privateChannel = useChannel(props.channel)
    const user = useUser()
    return () =>
      h('div', [
        h(Connection, { seen: props.seen }),
        h('p', { 'data-testid': 'private' }, shown(privateChannel.status.value, privateChannel.error.value)),
        h('p', { 'data-testid': 'user' }, user.status.value),
        h('button', { type: 'button', onClick: () => user.signin() }, 'sign in'),
      ])
  },
})

describe('close codes: what pusher-js does, the composables show', () => {
  it('terminate_connections (4009, 4000–4099): disconnected with the code, no reconnect; connect() recovers', async () => {
    const channel = unique('private-terminate-')
    renderWithKit(Session, kit(live, alice), { channel })
    await click('sign in')
    await expect
      .poll(() => [text('connection'), text('private'), text('user')], poll)
      .toEqual(['connected', 'subscribed', 'signed-in'])

    await live.pusher().terminateUserConnections('alice')
    await expect
      .poll(() => [text('connection'), text('connection-error'), text('private')], poll)
      .toEqual(['disconnected', '4009', 'unsubscribed'])
    await expect.poll(() => live.connectionCount(), poll).toBe(0)

    await click('reconnect')
    await expect
      .poll(() => [text('connection'), text('connection-error'), text('private'), text('user')], poll)
      .toEqual(['connected', '', 'subscribed', 'signed-in'])
  })

  it('4001 (the app is gone after a restart): disconnected, no reconnect; connect() recovers once it is back', async () => {
    const channel = unique('private-4001-')
    renderWithKit(Session, kit(faulty, alice), { channel })
    await expect.poll(() => [text('connection'), text('private')], poll).toEqual(['connected', 'subscribed'])

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
    const other = otherClient(quota, bob)
    await expect.poll(() => quota.connectionCount(), poll).toBe(1)
    renderWithKit(Session, kit(quota, alice), { channel })
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
    const subscribes = framesIn(faulty, 'pusher:subscribe', channel)
    const seen: Seen = []
    renderWithKit(Session, kit(faulty, alice), { channel, seen })
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
