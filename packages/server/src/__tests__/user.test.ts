import type Pusher from 'pusher-js'
import { describe, expect, test, vi } from 'vitest'
import { client, connectedRaw, server, subscribed } from './helpers'

/** pusher.signin(), resolved once pusher-js has processed pusher:signin_success. */
async function signedIn(pusher: Pusher): Promise<void> {
  pusher.signin()
  await pusher.user.signinDonePromise
}

describe('user sign-in', () => {
  test('signin through the dev endpoint, then sendToUser reaches every connection of the user', async () => {
    const s = await server()
    const a1 = await client(s, { user: { id: 'alice' } })
    const a2 = await client(s, { user: { id: 'alice' } })
    const bob = await client(s, { user: { id: 'bob' } })
    const received: [string, unknown][] = []
    for (const [name, c] of [
      ['a1', a1],
      ['a2', a2],
      ['bob', bob],
    ] as const) {
      c.user.bind('notice', (data: unknown) => received.push([name, data]))
    }
    await Promise.all([a1, a2, bob].map(signedIn))
    expect(a1.user.user_data).toEqual({ id: 'alice' })
    await vi.waitFor(() =>
      expect([a1, a2, bob].every((c) => c.user.serverToUserChannel?.subscribed)).toBe(true),
    )
    await s.pusher().sendToUser('alice', 'notice', { hello: 'alice' })
    await vi.waitFor(() => expect(received).toHaveLength(2))
    expect(received).toEqual(
      expect.arrayContaining([
        ['a1', { hello: 'alice' }],
        ['a2', { hello: 'alice' }],
      ]),
    )
  })

  test('the SDK’s authenticateUser via a customHandler; presence then uses the signed-in user', async () => {
    const s = await server()
    const sdk = s.pusher()
    const pusher = await client(s, {
      userAuthentication: {
        customHandler: ({ socketId }, cb) =>
          cb(null, sdk.authenticateUser(socketId, { id: 'carol', user_info: { role: 'admin' } })),
      },
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, cb) =>
          cb(null, sdk.authorizeChannel(socketId, channelName)),
      },
    })
    await signedIn(pusher)
    const room = pusher.subscribe('presence-signed')
    const members = await subscribed<{ me: unknown }>(room)
    expect(members.me).toEqual({ id: 'carol', info: { role: 'admin' } })
  })

  test('watchlist: initial status, then online and offline as users come and go', async () => {
    const s = await server()
    const watcher = await client(s, { user: { id: 'w', watchlist: ['x', 'y'] } })
    const x = await client(s, { user: { id: 'x' } })
    await signedIn(x)
    const events: [string, unknown][] = []
    watcher.user.watchlist.bind('online', (e: unknown) => events.push(['online', e]))
    watcher.user.watchlist.bind('offline', (e: unknown) => events.push(['offline', e]))
    await signedIn(watcher)
    await vi.waitFor(() => expect(events).toHaveLength(2))
    expect(events).toEqual([
      ['online', { name: 'online', user_ids: ['x'] }],
      ['offline', { name: 'offline', user_ids: ['y'] }],
    ])
    const y = await client(s, { user: { id: 'y' } })
    await signedIn(y)
    await vi.waitFor(() => expect(events.at(-1)).toEqual(['online', { name: 'online', user_ids: ['y'] }]))
    x.disconnect()
    await vi.waitFor(() => expect(events.at(-1)).toEqual(['offline', { name: 'offline', user_ids: ['x'] }]))
  })

  test('terminate_connections closes only the signed-in connections of that user', async () => {
    const s = await server()
    const signed = await client(s, { user: { id: 'zed' } })
    await signedIn(signed)
    const presenceOnly = await client(s, { user: { id: 'zed' } })
    await subscribed(presenceOnly.subscribe('presence-z'))
    const stateOf = new Promise((resolve) => signed.connection.bind('state_change', resolve))
    await s.pusher().terminateUserConnections('zed')
    expect(await stateOf).toMatchObject({ previous: 'connected' })
    await vi.waitFor(() => expect(s.connectionCount()).toBe(1))
    expect(presenceOnly.connection.state).toBe('connected')
  })

  test('raw: bad signin closes with 4009; #server-to-user needs that user; over 100 watchlist ids get 4302', async () => {
    const s = await server()
    const bad = await connectedRaw(s)
    bad.send({ event: 'pusher:signin', data: { auth: `${s.app.key}:nope`, user_data: '{"id":"1"}' } })
    expect(await bad.closed).toBe(4009)
    expect(bad.messages.at(-1)).toMatchObject({ event: 'pusher:error', data: { code: 4009 } })

    const c = await connectedRaw(s)
    const sub = await c.request(
      { event: 'pusher:subscribe', data: { channel: '#server-to-user-1', auth: '' } },
      (m) => m.event.startsWith('pusher:subscription_error'),
    )
    expect(sub).toMatchObject({ channel: '#server-to-user-1', data: { status: 403 } })

    const watchlist = Array.from({ length: 101 }, (_, i) => `u${i}`)
    const signin = s.pusher().authenticateUser(c.socketId, { id: '1', watchlist })
    const from = c.messages.length
    const success = await c.request(
      { event: 'pusher:signin', data: signin },
      (m) => m.event === 'pusher:signin_success',
    )
    expect(success.data).toEqual({ user_data: signin.user_data })
    const warning = await c.next((m) => m.event === 'pusher:error', from)
    expect(warning.data).toMatchObject({ code: 4302 })
    const status = await c.next((m) => m.event === 'pusher_internal:watchlist_events', from)
    expect((status.data as { events: { user_ids: string[] }[] }).events[0]?.user_ids).toHaveLength(100)
    const ok = await c.request(
      { event: 'pusher:subscribe', data: { channel: '#server-to-user-1', auth: '' } },
      (m) => m.event.endsWith('subscription_succeeded'),
    )
    expect(ok.channel).toBe('#server-to-user-1')
  })
})
