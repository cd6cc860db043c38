import { describe, expect, test, vi } from 'vitest'
import { client, connectedRaw, nextEvent, server, subscribed } from './helpers'

describe('client events', () => {
  test('pusher-js client events both ways on a private channel, never echoed', async () => {
    const s = await server()
    const [a, b] = await Promise.all([client(s), client(s)])
    const chatA = a.subscribe('private-chat')
    const chatB = b.subscribe('private-chat')
    await Promise.all([subscribed(chatA), subscribed(chatB)])
    const echoed = vi.fn()
    chatA.bind('client-typing', echoed)
    const atB = nextEvent(chatB, 'client-typing')
    expect(chatA.trigger('client-typing', { text: 'hi' })).toBe(true)
    expect((await atB).data).toEqual({ text: 'hi' })
    const atA = nextEvent(chatA, 'client-reply')
    chatB.trigger('client-reply', { ok: true })
    expect((await atA).data).toEqual({ ok: true })
    expect(echoed).not.toHaveBeenCalled()
  })

  test('presence client events carry the sender’s user_id as metadata', async () => {
    const s = await server()
    const a = await client(s, { user: { id: 'ann' } })
    const b = await client(s, { user: { id: 'ben' } })
    const roomA = a.subscribe('presence-chat')
    const roomB = b.subscribe('presence-chat')
    await Promise.all([subscribed(roomA), subscribed(roomB)])
    const atB = nextEvent(roomB, 'client-wave')
    roomA.trigger('client-wave', 'hello')
    expect(await atB).toEqual({ data: 'hello', meta: { user_id: 'ann' } })
  })

  test('rejected where the protocol says so; the connection stays usable', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const other = await connectedRaw(s)
    const error = (m: { event: string }) => m.event === 'pusher:error'
    expect((await c.request({ event: 'client-x', channel: 'public', data: {} }, error)).data).toEqual({
      code: null,
      message: 'Client event rejected - only supported on private and presence channels',
    })
    expect(
      (await c.request({ event: 'client-x', channel: 'private-a', data: {} }, error)).data,
    ).toMatchObject({
      message: 'Client event rejected - not subscribed to channel private-a',
    })
    const auth = (socketId: string) => s.pusher().authorizeChannel(socketId, 'private-a').auth
    await c.request(
      { event: 'pusher:subscribe', data: { channel: 'private-a', auth: auth(c.socketId) } },
      (m) => m.event.endsWith('subscription_succeeded'),
    )
    await other.request(
      { event: 'pusher:subscribe', data: { channel: 'private-a', auth: auth(other.socketId) } },
      (m) => m.event.endsWith('subscription_succeeded'),
    )
    const big = { text: 'x'.repeat(10 * 1024) }
    expect(
      (await c.request({ event: 'client-big', channel: 'private-a', data: big }, error)).data,
    ).toMatchObject({
      code: null,
      message: expect.stringMatching(/^Client event rejected - data is \d+ bytes, at most 10240$/),
    })
    expect((await c.request({ event: 'client-x', channel: 42 }, error)).data).toMatchObject({ code: null })
    expect(
      (await c.request({ event: 'pusher:ping', data: {} }, (m) => m.event === 'pusher:pong')).data,
    ).toEqual({})
    const delivered = other.next((m) => m.event === 'client-ok')
    c.send({ event: 'client-ok', channel: 'private-a', data: { fine: true } })
    expect(await delivered).toEqual({ event: 'client-ok', channel: 'private-a', data: { fine: true } })
    expect(c.messages.some((m) => m.event === 'client-ok')).toBe(false)
  })

  test('more than 10 per second: pusher:error 4301, the rest dropped, the connection stays open', async () => {
    const s = await server()
    const [c, other] = [await connectedRaw(s), await connectedRaw(s)]
    for (const raw of [c, other]) {
      const auth = s.pusher().authorizeChannel(raw.socketId, 'private-rate').auth
      await raw.request({ event: 'pusher:subscribe', data: { channel: 'private-rate', auth } }, (m) =>
        m.event.endsWith('subscription_succeeded'),
      )
    }
    const limited = c.next((m) => m.event === 'pusher:error')
    for (let i = 0; i < 12; i++) c.send({ event: 'client-n', channel: 'private-rate', data: { i } })
    expect((await limited).data).toEqual({
      code: 4301,
      message: 'Client event rejected - rate limit exceeded (at most 10 per second)',
    })
    await c.request({ event: 'pusher:ping', data: {} }, (m) => m.event === 'pusher:pong')
    await vi.waitFor(() => expect(other.messages.filter((m) => m.event === 'client-n')).toHaveLength(10))
    expect(c.closeCode).toBeUndefined()
  })

  test('apps with clientEvents: false reject them with 4301', async () => {
    const s = await server({ apps: [{ id: 'a', key: 'k', secret: 's', clientEvents: false }] })
    const c = await connectedRaw(s)
    const auth = s.pusher().authorizeChannel(c.socketId, 'private-a').auth
    await c.request({ event: 'pusher:subscribe', data: { channel: 'private-a', auth } }, (m) =>
      m.event.endsWith('subscription_succeeded'),
    )
    const error = await c.request(
      { event: 'client-x', channel: 'private-a', data: {} },
      (m) => m.event === 'pusher:error',
    )
    expect(error.data).toEqual({ code: 4301, message: 'The app does not have client messaging enabled.' })
  })
})
