import { type ChannelKitError, type ChannelKitErrorCode, isChannelKitError } from '@channelkit/core'
import type { Frame } from '@channelkit/server'
import { codeOf } from '@channelkit/test-utils'
import { renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useChannel } from '../useChannel'
import { useClientTrigger } from '../useClientTrigger'
import { useConnectionState } from '../useConnectionState'
import { useEvent } from '../useEvent'
import { useNotifications } from '../useNotifications'
import { usePresence } from '../usePresence'
import { useTyping } from '../useTyping'
import { alice, bob, liveServer, subscribed, unique } from './helpers'

// Bad input through the hooks, against the real server: each refusal has its documented code, the server
// sees no frame for it, and the app keeps working (same connection, valid traffic still flows).

const live = liveServer()

/** A kit as alice whose onError reports land in `errors`; every frame the server sees from now on. */
function setup() {
  const errors: ChannelKitError[] = []
  const kit = live.kit(alice, { onError: (error) => errors.push(error) })
  const frames = live.frames(() => true)
  return { kit, errors, frames }
}

/** Frames alice's connection sent, without the keep-alive. */
const sentBy = (frames: Frame[], socketId: string | undefined) =>
  frames.filter(
    (f) =>
      f.direction === 'in' &&
      f.socketId === socketId &&
      f.event !== 'pusher:ping' &&
      f.event !== 'pusher:pong',
  )

const BAD_NAMES = [
  '',
  'chat room',
  'a'.repeat(165),
  '#server-to-user-alice',
  'private-ünïcode',
  'presence-<script>alert(1)</script>',
  'private-chat\n',
  'private-\u202Eevil',
  'presence-😀',
]

/** Every hook that takes a channel name, on one name. */
function useEveryHook(name: string) {
  useEvent(name, 'message', () => {})
  return {
    channel: useChannel(name),
    presence: usePresence(name),
    trigger: useClientTrigger(name),
    typing: useTyping(name, { user: { id: 'alice' } }),
    notifications: useNotifications(name, 'alert'),
  }
}

describe('bad channel names never reach the wire', () => {
  it('every hook shows or reports invalid_channel_name; the server sees only the valid channel', async () => {
    const { kit, errors, frames } = setup()
    const good = unique('private-good-')
    const { result } = renderHook(() => ({ connection: useConnectionState(), good: useChannel(good) }), {
      wrapper: live.wrapper(kit),
    })
    const rendered = BAD_NAMES.map(
      (name) => renderHook(() => useEveryHook(name), { wrapper: live.wrapper(kit) }).result,
    )
    await vi.waitFor(() => expect(result.current.good.status).toBe('subscribed'))

    for (const [i, { current: bad }] of rendered.entries()) {
      expect(bad.channel, BAD_NAMES[i]).toMatchObject({
        status: 'error',
        error: { type: 'ChannelKitError', code: 'invalid_channel_name' },
      })
      expect(bad.presence.error?.code).toBe('invalid_channel_name')
      expect(codeOf(() => bad.trigger('client-x', {}))).toBe('invalid_channel_name')
      expect(codeOf(() => bad.channel.trigger('client-x', {}))).toBe('invalid_channel_name')
      expect(() => bad.typing.start()).not.toThrow()
      expect(bad.typing.typing).toEqual([])
    }
    // useEvent, useTyping and useNotifications have no state to show it: they report it, once per name
    // (the same refusal in the same tick is reported once).
    expect(errors.map((e) => e.code)).toEqual(Array(BAD_NAMES.length).fill('invalid_channel_name'))
    expect(errors.map((e) => (e as ChannelKitError<'invalid_channel_name'>).details.channel)).toEqual(
      BAD_NAMES,
    )

    const socketId = result.current.connection.socketId
    expect(
      sentBy(frames, socketId).map((f) => [f.event, f.channel ?? (f.data as { channel: string }).channel]),
    ).toEqual([['pusher:subscribe', good]])
  })

  it('usePresence on a non-presence name says not_a_presence_channel and subscribes nothing', async () => {
    const { kit, errors, frames } = setup()
    const name = unique('private-room-')
    const { result } = renderHook(() => ({ presence: usePresence(name), connection: useConnectionState() }), {
      wrapper: live.wrapper(kit),
    })
    await vi.waitFor(() => expect(result.current.connection.state).toBe('connected'))
    expect(result.current.presence.error).toMatchObject({ code: 'not_a_presence_channel' })
    expect(result.current.presence.error?.error).toContain(`"presence-${name.slice('private-'.length)}"`)
    expect(errors).toEqual([])
    expect(sentBy(frames, result.current.connection.socketId)).toEqual([])
  })
})

describe('client events: refused before the wire, valid ones still delivered', () => {
  it('each refusal has its code; only the valid events reach the server and bob', async () => {
    const { kit, errors, frames } = setup()
    const privateName = unique('private-bad-input-')
    const presenceName = unique('presence-bad-input-')
    const encryptedName = unique('private-encrypted-bad-input-')
    const publicName = unique('public-bad-input-')
    const cacheName = unique('cache-bad-input-')
    const heard: { event: string; data: unknown }[] = []
    const bobClient = live.client(bob)
    for (const name of [privateName, presenceName]) {
      const channel = await subscribed(bobClient, name)
      channel.bind_global((event: string, data: unknown) => {
        if (event.startsWith('client-')) heard.push({ event, data })
      })
    }
    const { result } = renderHook(
      () => ({
        connection: useConnectionState(),
        room: useChannel(privateName),
        presence: usePresence(presenceName),
        presenceTrigger: useClientTrigger(presenceName),
        encrypted: useClientTrigger(encryptedName),
        publicTrigger: useClientTrigger(publicName),
        cache: useClientTrigger(cacheName),
      }),
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => {
      expect(result.current.room.status).toBe('subscribed')
      expect(result.current.presence.status).toBe('subscribed')
    })
    const socketId = result.current.connection.socketId
    const { room, presenceTrigger, encrypted, publicTrigger, cache } = result.current
    const send = room.trigger as (event: string, data?: unknown) => unknown

    const cycle: { self?: unknown } = {}
    cycle.self = [cycle]
    const throwingToJSON = {
      toJSON() {
        throw null
      },
    }
    // 10,240 bytes of UTF-8 JSON is the limit: '€' is 3 bytes, the quotes 2.
    const atLimit = `${'€'.repeat(3412)}ab`
    expect(Buffer.byteLength(JSON.stringify(atLimit))).toBe(10_240)
    const nameAtLimit = `client-${'x'.repeat(193)}`

    const refusals: [string, () => unknown, ChannelKitErrorCode][] = [
      ['no client- prefix', () => send('typing', {}), 'invalid_event_name'],
      [
        'a protocol event',
        () => send('pusher:subscribe', { channel: 'private-other' }),
        'invalid_event_name',
      ],
      [
        'an internal event',
        () => send('pusher_internal:member_added', { user_id: 'x' }),
        'invalid_event_name',
      ],
      ['201 characters', () => send(`${nameAtLimit}x`, {}), 'invalid_event_name'],
      ['a public channel', () => publicTrigger('client-x', {}), 'client_event_not_allowed'],
      ['a cache channel', () => cache('client-x', {}), 'client_event_not_allowed'],
      ['an encrypted channel', () => encrypted('client-x', {}), 'client_event_not_allowed'],
      ['10,241 bytes', () => send('client-big', `${atLimit}a`), 'payload_too_large'],
      [
        '10,241 bytes of é',
        () => presenceTrigger('client-big', { text: 'é'.repeat(5116) }),
        'payload_too_large',
      ],
      ['a BigInt', () => send('client-x', { deep: [{ n: 1n }] }), 'payload_not_serializable'],
      ['a cycle', () => presenceTrigger('client-x', cycle), 'payload_not_serializable'],
      ['a throwing toJSON', () => send('client-x', { nested: throwingToJSON }), 'payload_not_serializable'],
      ['a function', () => send('client-x', () => 1), 'payload_not_serializable'],
      ['a symbol', () => send('client-x', Symbol('x')), 'payload_not_serializable'],
    ]
    for (const [what, attempt, code] of refusals) expect(codeOf(attempt), what).toBe(code)
    expect(sentBy(frames, socketId).filter((f) => f.event !== 'pusher:subscribe')).toEqual([])

    // The same connection still sends: names and payloads right at the limits go through, intact.
    expect(send(nameAtLimit, { ok: 1 })).toBe('sent')
    expect(send('client-full', atLimit)).toBe('sent')
    expect(presenceTrigger('client-hello', { text: '<b>hi</b> 😀' })).toBe('sent')
    await vi.waitFor(() =>
      expect(heard).toEqual([
        { event: nameAtLimit, data: { ok: 1 } },
        { event: 'client-full', data: atLimit },
        { event: 'client-hello', data: { text: '<b>hi</b> 😀' } },
      ]),
    )
    expect(
      sentBy(frames, socketId)
        .filter((f) => f.event !== 'pusher:subscribe')
        .map((f) => f.event),
    ).toEqual([nameAtLimit, 'client-full', 'client-hello'])
    expect(frames.filter((f) => f.direction === 'out' && f.event === 'pusher:error')).toEqual([])
    expect(result.current.connection).toMatchObject({ state: 'connected', socketId })
    expect(errors).toEqual([])
  })

  it('a burst faster than 10/s: ten go out, the rest are rate_limited, then sending resumes', async () => {
    const { kit, errors, frames } = setup()
    const a = unique('private-burst-')
    const b = unique('presence-burst-')
    const heard: unknown[] = []
    const bobClient = live.client(bob)
    for (const name of [a, b]) {
      const channel = await subscribed(bobClient, name)
      channel.bind('client-n', (data: { n: number }) => heard.push(data.n))
    }
    const { result } = renderHook(
      () => ({
        connection: useConnectionState(),
        a: useChannel(a),
        b: useClientTrigger(b),
        bState: usePresence(b),
      }),
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => {
      expect(result.current.a.status).toBe('subscribed')
      expect(result.current.bState.status).toBe('subscribed')
    })
    const socketId = result.current.connection.socketId
    const triggers = [result.current.a.trigger, result.current.b]

    const outcomes = Array.from({ length: 40 }, (_, n) => {
      try {
        return triggers[n % 2]!('client-n', { n })
      } catch (error) {
        if (!isChannelKitError(error, 'rate_limited')) throw error
        const retryAfter = error.details.retryAfter as number
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(1100)
        return 'rate_limited'
      }
    })
    expect(outcomes).toEqual([...Array(10).fill('sent'), ...Array(30).fill('rate_limited')])
    await vi.waitFor(() => expect(heard).toHaveLength(10))
    expect(heard.sort((x, y) => (x as number) - (y as number))).toEqual([...Array(10).keys()])

    // Retrying until the window allows it: every refused attempt stays off the wire.
    await vi.waitFor(() => expect(result.current.a.trigger('client-n', { n: 100 })).toBe('sent'), {
      timeout: 3000,
      interval: 50,
    })
    await vi.waitFor(() => expect(heard).toHaveLength(11))
    expect(heard[10]).toBe(100)
    expect(sentBy(frames, socketId).filter((f) => f.event === 'client-n')).toHaveLength(11)
    // The server never had to enforce its limit (4301), and the connection stayed.
    expect(frames.filter((f) => f.direction === 'out' && f.event === 'pusher:error')).toEqual([])
    expect(result.current.connection).toMatchObject({ state: 'connected', socketId })
    expect(errors).toEqual([])
  })
})
