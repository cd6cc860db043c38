import type { PresenceChannel } from 'pusher-js'
import { describe, expect, test, vi } from 'vitest'
import { client, nextEvent, server, subscribed } from './helpers'

describe('pusher-js against the local server', () => {
  test('connects with a socket id the Node SDK accepts', async () => {
    const s = await server()
    const pusher = await client(s)
    expect(pusher.connection.socket_id).toMatch(/^\d+\.\d+$/)
    expect(() => s.pusher().authorizeChannel(pusher.connection.socket_id, 'private-x')).not.toThrow()
    expect(s.connectionCount()).toBe(1)
  })

  test('public channel: receives trigger and triggerBatch events; socket_id excludes the sender', async () => {
    const s = await server()
    const [a, b] = await Promise.all([client(s), client(s)])
    const channelA = a.subscribe('news')
    const channelB = b.subscribe('news')
    await Promise.all([subscribed(channelA), subscribed(channelB)])
    const received: unknown[] = []
    channelA.bind('update', (data: unknown) => received.push(data))
    const onB = nextEvent(channelB, 'update')
    await s.pusher().trigger('news', 'update', { n: 1 }, { socket_id: a.connection.socket_id })
    expect((await onB).data).toEqual({ n: 1 })
    const batch = nextEvent(channelA, 'batched')
    await s.pusher().triggerBatch([
      { channel: 'news', name: 'batched', data: { n: 2 } },
      { channel: 'other', name: 'ignored', data: 'x' },
    ])
    expect((await batch).data).toEqual({ n: 2 })
    expect(received).toEqual([])
  })

  test('private channel: authorized with the SDK’s authorizeChannel via a customHandler', async () => {
    const s = await server()
    const sdk = s.pusher()
    const pusher = await client(s, {
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, callback) =>
          callback(null, sdk.authorizeChannel(socketId, channelName)),
      },
    })
    const channel = pusher.subscribe('private-orders')
    await subscribed(channel)
    const event = nextEvent(channel, 'created')
    await sdk.trigger('private-orders', 'created', 'plain string')
    expect((await event).data).toBe('plain string')
  })

  test('private channel with a wrong signature: pusher:subscription_error and pusher:error', async () => {
    const s = await server()
    const pusher = await client(s, {
      channelAuthorization: {
        customHandler: (_params, callback) => callback(null, { auth: `${s.app.key}:${'0'.repeat(64)}` }),
      },
    })
    const connectionError = new Promise<{ data: { code: number | null; message: string } }>((resolve) =>
      pusher.connection.bind('error', resolve),
    )
    const channel = pusher.subscribe('private-secret')
    const error = await subscribed(channel).catch((e: { error: unknown }) => e.error)
    expect(error).toMatchObject({ type: 'AuthError', status: 401 })
    const { data } = await connectionError
    expect(data.code).toBeNull()
    expect(data.message).toMatch(
      /^Invalid signature: Expected HMAC SHA256 hex digest of \d+\.\d+:private-secret, but got 0+$/,
    )
    expect(pusher.connection.state).toBe('connected')
  })

  test('a failing auth endpoint becomes pusher:subscription_error with its status', async () => {
    const s = await server()
    const pusher = await client(s)
    const channel = pusher.subscribe('presence-nobody')
    const error = await subscribed(channel).catch((e: { error: unknown }) => e.error)
    expect(error).toMatchObject({ type: 'AuthError', status: 400 })
  })

  test('presence: one roster entry per user, joins and leaves only on first and last connection', async () => {
    const s = await server()
    const alice = { id: 'alice', info: { name: 'Alice' } }
    const bob = { id: 'bob', info: { name: 'Bob' } }
    const a = await client(s, { user: alice })
    const roomA = a.subscribe('presence-room') as PresenceChannel
    const members = await subscribed<{ count: number; me: { id: string } }>(roomA)
    expect(members.count).toBe(1)
    expect(members.me).toEqual({ id: 'alice', info: { name: 'Alice' } })

    const added = nextEvent(roomA, 'pusher:member_added')
    const b1 = await client(s, { user: bob })
    const roomB1 = b1.subscribe('presence-room') as PresenceChannel
    await subscribed(roomB1)
    expect((await added).data).toEqual({ id: 'bob', info: { name: 'Bob' } })
    expect(roomB1.members.count).toBe(2)

    const onAdded = vi.fn()
    const onRemoved = vi.fn()
    roomA.bind('pusher:member_added', onAdded)
    roomA.bind('pusher:member_removed', onRemoved)
    const b2 = await client(s, { user: bob })
    const roomB2 = b2.subscribe('presence-room') as PresenceChannel
    await subscribed(roomB2)
    expect(roomB2.members.count).toBe(2)
    expect(s.channels().get('presence-room')).toMatchObject({ subscriptionCount: 3, userCount: 2 })

    b1.disconnect()
    await vi.waitFor(() => expect(s.channels().get('presence-room')?.subscriptionCount).toBe(2))
    const removed = nextEvent(roomA, 'pusher:member_removed')
    b2.unsubscribe('presence-room')
    expect((await removed).data).toEqual({ id: 'bob', info: { name: 'Bob' } })
    expect(onAdded).not.toHaveBeenCalled()
    expect(onRemoved).toHaveBeenCalledTimes(1)
    expect(roomA.members.count).toBe(1)

    const users = await (await s.pusher().get({ path: '/channels/presence-room/users' })).json()
    expect(users).toEqual({ users: [{ id: 'alice' }] })
  })

  test('presence with the SDK’s authorizeChannel (numeric user id) and no user_info', async () => {
    const s = await server()
    const sdk = s.pusher()
    const pusher = await client(s, {
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, cb) =>
          cb(null, sdk.authorizeChannel(socketId, channelName, { user_id: 7 as unknown as string })),
      },
    })
    const channel = pusher.subscribe('presence-numbers') as PresenceChannel
    await subscribed(channel)
    const ids: string[] = []
    channel.members.each((member: { id: string }) => ids.push(member.id))
    expect(ids).toEqual(['7'])
    expect(s.channels().get('presence-numbers')?.members).toEqual(new Map([['7', undefined]]))
  })

  test('subscription_count reaches every subscriber of non-presence channels', async () => {
    const s = await server()
    const [a, b] = await Promise.all([client(s), client(s)])
    const channelA = a.subscribe('counted')
    await subscribed(channelA)
    await vi.waitFor(() => expect(channelA.subscriptionCount).toBe(1))
    const count = nextEvent<{ subscription_count: number }>(channelA, 'pusher:subscription_count')
    b.subscribe('counted')
    expect((await count).data).toEqual({ subscription_count: 2 })
    expect(channelA.subscriptionCount).toBe(2)
    const down = nextEvent<{ subscription_count: number }>(channelA, 'pusher:subscription_count')
    b.unsubscribe('counted')
    expect((await down).data).toEqual({ subscription_count: 1 })
  })

  test('encrypted channel round trip with the SDK’s encryptionMasterKeyBase64', async () => {
    const s = await server()
    expect(s.app.encryptionMasterKeyBase64).toBeTruthy()
    const pusher = await client(s)
    const channel = pusher.subscribe('private-encrypted-vault')
    await subscribed(channel)
    const secretEvent = nextEvent(channel, 'secret')
    const frames: unknown[] = []
    const stop = s.onFrame((f) => f.event === 'secret' && frames.push(f.data))
    await s.pusher().trigger('private-encrypted-vault', 'secret', { code: 42 })
    expect((await secretEvent).data).toEqual({ code: 42 })
    stop()
    // On the wire it was ciphertext.
    expect(JSON.parse(frames[0] as string)).toEqual({
      nonce: expect.any(String),
      ciphertext: expect.any(String),
    })
  })

  test('cache channels: pusher:cache_miss first, then the last HTTP event on subscribe', async () => {
    const s = await server()
    const a = await client(s)
    const channel = a.subscribe('cache-prices')
    const miss = nextEvent(channel, 'pusher:cache_miss')
    await subscribed(channel)
    await miss
    await s.pusher().trigger('cache-prices', 'price', { eur: 1 })
    await s.pusher().trigger('cache-prices', 'price', { eur: 2 })
    const b = await client(s)
    const late = b.subscribe('cache-prices')
    const cached = nextEvent(late, 'price')
    await subscribed(late)
    expect((await cached).data).toEqual({ eur: 2 })
    const info = await (
      await s.pusher().get({ path: '/channels/cache-prices', params: { info: 'cache' } })
    ).json()
    expect(info).toEqual({ occupied: true, cache: { data: '{"eur":2}', ttl: 1800 } })
  })

  test('HTTP API info: trigger with info, GET /channels and /channels/{name}', async () => {
    const s = await server()
    const a = await client(s, { user: { id: 'u1' } })
    const b = await client(s, { user: { id: 'u2' } })
    await Promise.all([
      subscribed(a.subscribe('presence-lobby')),
      subscribed(b.subscribe('presence-lobby')),
      subscribed(a.subscribe('public-a')),
      subscribed(b.subscribe('private-b')),
    ])
    const sdk = s.pusher()
    const triggered = await sdk.trigger(
      ['presence-lobby', 'public-a'],
      'e',
      {},
      { info: 'user_count,subscription_count' },
    )
    expect(await triggered.json()).toEqual({
      channels: {
        'presence-lobby': { user_count: 2, subscription_count: 2 },
        'public-a': { subscription_count: 1 },
      },
    })
    const batch = await sdk.triggerBatch([
      { channel: 'presence-lobby', name: 'e', data: {}, info: 'user_count' },
      { channel: 'public-a', name: 'e', data: {} },
    ])
    expect(await batch.json()).toEqual({ batch: [{ user_count: 2 }, {}] })
    expect(await (await sdk.get({ path: '/channels' })).json()).toEqual({
      channels: { 'presence-lobby': {}, 'private-b': {}, 'public-a': {} },
    })
    const presence = await sdk.get({
      path: '/channels',
      params: { filter_by_prefix: 'presence-', info: 'user_count' },
    })
    expect(await presence.json()).toEqual({ channels: { 'presence-lobby': { user_count: 2 } } })
    const one = await sdk.get({
      path: '/channels/presence-lobby',
      params: { info: 'user_count,subscription_count' },
    })
    expect(await one.json()).toEqual({ occupied: true, user_count: 2, subscription_count: 2 })
    expect(await (await sdk.get({ path: '/channels/empty' })).json()).toEqual({ occupied: false })
  })

  test('several apps: each key connects to its own app', async () => {
    const s = await server({
      apps: [
        { id: 'one', key: 'key-one', secret: 's1' },
        { id: 'two', key: 'key-two', secret: 's2' },
      ],
    })
    const two = await client(s, {}, 'key-two')
    const channel = two.subscribe('x')
    await subscribed(channel)
    const event = nextEvent(channel, 'hi')
    await s.pusher('two').trigger('x', 'hi', 1)
    expect((await event).data).toBe(1)
    expect(s.connectionCount('two')).toBe(1)
    expect(s.connectionCount('one')).toBe(0)
    expect(() => s.pusher('three')).toThrow(/Unknown app id three/)
  })

  test('close() drops clients so they try to reconnect', async () => {
    const s = await server()
    const pusher = await client(s)
    const left = new Promise((resolve) => pusher.connection.bind('state_change', resolve))
    await s.close()
    expect(await left).toMatchObject({ previous: 'connected' })
  })
})
