// @vitest-environment node
import type { Channel } from 'pusher-js'
import { describe, expect, it, vi } from 'vitest'
import { createTestServer, setupTestServer as setupWithGlobals, TestingError } from '..'
import { setupTestServer } from '../vitest'

const server = setupTestServer()

const received = (channel: Channel, event: string) => {
  const seen: unknown[] = []
  channel.bind(event, (data: unknown) => seen.push(data))
  return seen
}

describe('TestServer', () => {
  it('triggers events to a subscribed client, and records the frames both ways', async () => {
    const client = server.client()
    const news = client.subscribe('news')
    await server.subscribed('news')
    const messages = received(news, 'headline')

    server.trigger('news', 'headline', { title: 'Hello' })
    await vi.waitFor(() => expect(messages).toEqual([{ title: 'Hello' }]))

    expect(server.sent({ event: 'pusher:subscribe' })).toMatchObject([{ data: { channel: 'news' } }])
    expect(server.frames({ direction: 'out', channel: 'news', event: 'headline' })).toMatchObject([
      { data: '{"title":"Hello"}' },
    ])
    expect(server.frames((frame) => frame.event === 'pusher:connection_established')).toHaveLength(1)
  })

  it('plays simulated presence members: join, typing, client events, leave', async () => {
    const client = server.client({ id: 'me', info: { name: 'Me' } })
    const room = client.subscribe('presence-room')
    const added = received(room, 'pusher:member_added')
    const removed = received(room, 'pusher:member_removed')
    const typing = received(room, 'client-typing')
    const waves = received(room, 'client-wave')
    await server.subscribed('presence-room')

    expect(server.join('presence-room', { id: 'ada', info: { name: 'Ada' } })).toEqual({
      id: 'ada',
      info: { name: 'Ada' },
    })
    server.typing('presence-room', 'ada')
    server.clientEvent('presence-room', 'ada', 'client-wave', { emoji: '👋' })
    server.typing('presence-room', 'ada', false)
    server.leave('presence-room', 'ada')
    await vi.waitFor(() => expect(removed).toHaveLength(1))
    expect(added).toEqual([{ id: 'ada', info: { name: 'Ada' } }])
    expect(typing).toEqual([{ typing: true }, { typing: false }])
    expect(waves).toEqual([{ emoji: '👋' }])
  })

  it('waits for subscriptions and sign-ins, and says what it waited for when they do not come', async () => {
    const refused = server.client(null)
    refused.subscribe('presence-nobody')
    const error = await server.subscribed('presence-nobody', { timeout: 300 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TestingError)
    expect(error).toMatchObject({ code: 'timeout' })
    expect((error as Error).message).toMatch(
      /^No connection subscribed to "presence-nobody" \(0 subscribed, 0 pusher:subscribe received: pusher-js sends it once the auth endpoint signed the subscription \(presence channels need a user\)\) within 300 ms\.$/,
    )

    const carol = server.client({ id: 'carol' })
    carol.signin()
    await server.signedIn('carol')
    await expect(server.signedIn('dave', { timeout: 100 })).rejects.toThrow(
      'No connection signed in as "dave" within 100 ms.',
    )
    await expect(server.waitForFrame({ event: 'never' }, { timeout: 100 })).rejects.toMatchObject({
      code: 'timeout',
    })
  })

  it('counts subscribers and forgets those that unsubscribed', async () => {
    const [a, b] = [server.client(), server.client()]
    a.subscribe('counted')
    b.subscribe('counted')
    await server.subscribed('counted', { count: 2 })
    b.unsubscribe('counted')
    await server.waitForFrame({ direction: 'in', event: 'pusher:unsubscribe' })
    await expect(server.subscribed('counted', { count: 2, timeout: 100 })).rejects.toThrow(
      /\(1 subscribed, 2 pusher:subscribe received\)/,
    )
  })

  it('forgets the previous test: frames, members, clients', () => {
    expect(server.frames()).toEqual([])
    expect(server.members('presence-room')).toEqual([])
    expect(server.localServer.connectionCount()).toBe(0)
  })

  it('runs deferred cleanups at reset, newest first, even when one throws', async () => {
    const own = createTestServer()
    await own.start()
    const order: string[] = []
    own.defer(() => order.push('first'))
    own.defer(() => {
      throw new Error('broken cleanup')
    })
    own.defer(() => order.push('last'))
    own.client()
    await expect(own.reset()).rejects.toThrow('broken cleanup')
    expect(order).toEqual(['last', 'first'])
    await own.stop()
    expect(() => own.localServer).toThrow(TestingError)
  })
})

describe('misuse', () => {
  it('names what is missing before start() and without test globals', async () => {
    const idle = createTestServer()
    expect(() => idle.trigger('a', 'b')).toThrow(/trigger\(\) needs the running test server/)
    expect(() => idle.url).toThrow(expect.objectContaining({ code: 'not_started' }))
    // This project runs Vitest without globals.
    expect(() => setupWithGlobals()).toThrow(expect.objectContaining({ code: 'no_test_hooks' }))
    expect(() => setupWithGlobals()).toThrow(/@channelkit\/testing\/vitest/)
    await idle.start()
    await expect(idle.start()).rejects.toMatchObject({ code: 'already_started' })
    await idle.stop()
  })

  it('explains a server that cannot start', async () => {
    const taken = createTestServer({ port: server.localServer.port })
    const error = await taken.start().catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'start_failed' })
    expect((error as Error).message).toMatch(/^The local server did not start: Port \d+ is already in use/)
  })
})
