import Pusher from 'pusher-js'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { client, connectedRaw, nextEvent, raw, server, subscribed } from '../helpers'

const query = '?protocol=7&client=js&version=8.6.0&flash=false'
const pong = (m: { event: string }) => m.event === 'pusher:pong'

/** A `pusher:ping` frame of exactly `bytes` bytes. */
function pingOfSize(bytes: number, char = 'x'): string {
  const frame = (padding: string) => `{"event":"pusher:ping","data":"${padding}"}`
  const room = bytes - Buffer.byteLength(frame(''))
  return frame(char.repeat(Math.floor(room / Buffer.byteLength(char))))
}

/** A good pusher-js client still subscribes and receives an SDK event right away. */
async function stillServes(pusher: Pusher, s: Awaited<ReturnType<typeof server>>, channelName: string) {
  const channel = pusher.subscribe(channelName)
  await subscribed(channel)
  const received = nextEvent(channel, 'alive')
  await s.pusher().trigger(channelName, 'alive', { ok: true })
  expect((await received).data).toEqual({ ok: true })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('limits hold under abuse, and the server stays responsive', () => {
  test('frame size: the limit counts bytes; over it a pusher:error, over 1 MiB a 1009 close; others unaffected', async () => {
    const s = await server({ maxFrameBytes: 1024 })
    const good = await client(s)
    const c = await connectedRaw(s)
    expect(Buffer.byteLength(pingOfSize(1024))).toBe(1024)
    await c.request(pingOfSize(1024), pong)
    const over = await c.request(pingOfSize(1025), (m) => m.event === 'pusher:error')
    expect(over.data).toEqual({ code: null, message: 'Message too large: 1025 bytes, at most 1024' })
    // 600 characters, 1,200 bytes.
    const unicode = await c.request(
      `{"event":"pusher:ping","data":"${'é'.repeat(600)}"}`,
      (m) => m.event === 'pusher:error',
    )
    expect(unicode.data).toMatchObject({ message: expect.stringMatching(/^Message too large: 12\d\d bytes/) })
    await c.request({ event: 'pusher:ping', data: {} }, pong)

    const flood = await connectedRaw(s)
    flood.send(pingOfSize(1024 * 1024 + 1))
    expect(await flood.closed).toBe(1009)
    await c.request({ event: 'pusher:ping', data: {} }, pong)
    await stillServes(good, s, 'after-the-flood')
    await vi.waitFor(() => expect(s.connectionCount()).toBe(2))
  })

  test('client events: a burst of 500 delivers 10, answers 490 × 4301, keeps the connection; others are unaffected', async () => {
    const s = await server()
    const [receiver, neighbour] = [await client(s), await client(s)]
    const [atReceiver, atNeighbour] = [
      receiver.subscribe('private-flood'),
      neighbour.subscribe('private-flood'),
    ]
    await Promise.all([subscribed(atReceiver), subscribed(atNeighbour)])
    const flooder = await connectedRaw(s)
    const auth = s.pusher().authorizeChannel(flooder.socketId, 'private-flood').auth
    await flooder.request({ event: 'pusher:subscribe', data: { channel: 'private-flood', auth } }, (m) =>
      m.event.endsWith('subscription_succeeded'),
    )
    const delivered: unknown[] = []
    atReceiver.bind('client-spam', (data: unknown) => delivered.push(data))

    // A frozen clock keeps the whole burst in one rate-limit window, however slow the machine is.
    vi.useFakeTimers({ toFake: ['Date'] })
    for (let i = 0; i < 500; i++)
      flooder.send({ event: 'client-spam', channel: 'private-flood', data: { i } })
    const limited = () => flooder.messages.filter((m) => (m.data as { code?: number })?.code === 4301)
    await vi.waitFor(() => expect(limited()).toHaveLength(490))
    await flooder.request({ event: 'pusher:ping', data: {} }, pong)
    expect(flooder.closeCode).toBeUndefined()

    // The neighbour's own client events still flow, and the receiver saw only the first 10 of the burst.
    const fromNeighbour = nextEvent(atReceiver, 'client-hello')
    atNeighbour.trigger('client-hello', { from: 'neighbour' })
    expect((await fromNeighbour).data).toEqual({ from: 'neighbour' })
    expect(delivered).toEqual(Array.from({ length: 10 }, (_, i) => ({ i })))

    // A second later the flooder may send again.
    vi.setSystemTime(Date.now() + 1000)
    const next = nextEvent(atReceiver, 'client-spam')
    flooder.send({ event: 'client-spam', channel: 'private-flood', data: { i: 'later' } })
    expect((await next).data).toEqual({ i: 'later' })
  })

  test('connections per app: over the quota each socket gets 4004, pusher-js stays refused, a freed slot is reusable', async () => {
    const s = await server({ apps: [{ id: 'q', key: 'quota-key', secret: 's', maxConnections: 3 }] })
    const good = await client(s, {}, 'quota-key')
    const held = [await raw(s, `/app/quota-key${query}`), await raw(s, `/app/quota-key${query}`)]
    const refusals = await Promise.all(Array.from({ length: 20 }, () => raw(s, `/app/quota-key${query}`)))
    expect(await Promise.all(refusals.map((r) => r.closed))).toEqual(Array(20).fill(4004))
    expect(refusals[0]?.messages).toEqual([
      { event: 'pusher:error', data: { code: 4004, message: 'Over connection quota (3 connections)' } },
    ])
    expect(s.connectionCount('q')).toBe(3)

    const refused = new Pusher('quota-key', s.wsOptions({ appKey: 'quota-key' }))
    const error = new Promise<{ error: { data: { code: number } } }>((resolve) =>
      refused.connection.bind('error', resolve),
    )
    expect((await error).error.data.code).toBe(4004)
    await stillServes(good, s, 'still-here')
    expect(refused.connection.state).toBe('disconnected')
    refused.disconnect()

    held[0]?.ws.close()
    await vi.waitFor(() => expect(s.connectionCount('q')).toBe(2))
    const again = await raw(s, `/app/quota-key${query}`)
    await again.next((m) => m.event === 'pusher:connection_established')
    expect(s.connectionCount('q')).toBe(3)
  })
})
