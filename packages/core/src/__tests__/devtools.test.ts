import { createFaultProxy } from '@channelkit/server'
import { describe, expect, it } from 'vitest'
import { channelStore } from '../adapter'
import { type ChannelInfo, type InspectorEvent, inspect } from '../devtools'
import { connected, denying, makeKit, until, withServer } from './harness'

const t = withServer()

const frames = (events: InspectorEvent[], direction: 'in' | 'out') =>
  events.flatMap((e) => (e.type === 'frame' && e.direction === direction ? [e] : []))
const info = (list: readonly ChannelInfo[], name: string) => list.find((c) => c.name === name)

describe('inspect(kit)', () => {
  it('lists channels with status, holders and roster, without holding them', async () => {
    const { kit } = makeKit(t.server, { user: { id: 'alice', info: { name: 'Alice' } }, releaseDelay: 100 })
    const inspector = inspect(kit)
    expect(inspect(kit)).toBe(inspector)
    const seen: number[] = []
    const stop = inspector.channels.subscribe(() => seen.push(inspector.channels.getSnapshot().length))
    expect(inspector.channels.getSnapshot()).toEqual([])

    const room = kit.presence('presence-devtools')
    const news = kit.channel('news')
    const second = kit.channel('news')
    await until(
      inspector.channels,
      (list) => info(list, 'presence-devtools')?.snapshot.status === 'subscribed',
    )
    await until(inspector.channels, (list) => info(list, 'news')?.snapshot.status === 'subscribed')
    const list = inspector.channels.getSnapshot()
    expect(list.map((c) => c.name)).toEqual(['presence-devtools', 'news'])
    expect(info(list, 'news')).toMatchObject({ holders: 2, presence: undefined })
    expect(info(list, 'presence-devtools')?.presence).toMatchObject({ count: 1, me: { id: 'alice' } })

    t.server.simulate.join('presence-devtools', { id: 'ada', info: { name: 'Ada' } })
    await until(inspector.channels, (l) => info(l, 'presence-devtools')?.presence?.count === 2)

    second.release()
    await until(inspector.channels, (l) => info(l, 'news')?.holders === 1)
    // Watching is not holding: the last release unsubscribes, and the channel leaves the list.
    news.release()
    room.release()
    await until(inspector.channels, (l) => l.length === 0)
    await expect.poll(() => t.server.channels().has('news')).toBe(false)
    stop()
    expect(seen.length).toBeGreaterThan(0)
  })

  it('observes frames in and out, client events included', async () => {
    const { kit } = makeKit(t.server, { user: { id: 'bob' } })
    const events: InspectorEvent[] = []
    const stop = inspect(kit).observe((e) => events.push(e))
    const lease = kit.channel('private-traffic')
    await until(lease.store, (s) => s.status === 'subscribed')
    await t.server.pusher().trigger('private-traffic', 'order', { id: 42 })
    await expect.poll(() => frames(events, 'in').some((f) => f.event === 'order')).toBe(true)
    expect(frames(events, 'in').find((f) => f.event === 'order')).toMatchObject({
      channel: 'private-traffic',
      data: { id: 42 },
    })
    expect(frames(events, 'out').find((f) => f.event === 'pusher:subscribe')).toMatchObject({
      data: { channel: 'private-traffic' },
      sent: true,
    })

    lease.trigger('client-wave', { emoji: '👋' })
    expect(frames(events, 'out').at(-1)).toMatchObject({
      event: 'client-wave',
      channel: 'private-traffic',
      data: { emoji: '👋' },
      sent: true,
    })
    // Another user's client event arrives with its sender on presence channels.
    const room = kit.presence('presence-traffic')
    await until(room.store, (s) => s.status === 'subscribed')
    t.server.simulate.join('presence-traffic', { id: 'ada' })
    t.server.simulate.clientEvent('presence-traffic', 'ada', 'client-hello', { hi: 1 })
    await expect
      .poll(() => frames(events, 'in').find((f) => f.event === 'client-hello'))
      .toMatchObject({ channel: 'presence-traffic', userId: 'ada', data: { hi: 1 } })

    stop()
    const count = events.length
    await t.server.pusher().trigger('private-traffic', 'order', { id: 43 })
    await expect.poll(() => lease.store.getSnapshot().status).toBe('subscribed')
    expect(events.length).toBe(count)
    lease.release()
    room.release()
  })

  it('sees the connection: states, the close code of an error, and the retry that follows', async () => {
    const proxy = await createFaultProxy({ target: { port: t.server.port } })
    try {
      const { kit } = makeKit(t.server, { wsPort: proxy.port })
      const events: InspectorEvent[] = []
      inspect(kit).observe((e) => events.push(e))
      await connected(kit)
      // pusher-js starts connecting as it is made, before anyone could bind: the first event is 'connected'.
      expect(events.flatMap((e) => (e.type === 'state' ? [e.current] : []))).toEqual(['connected'])
      proxy.closeWith(4200, 'please reconnect')
      await expect
        .poll(() => events.find((e) => e.type === 'error'))
        .toMatchObject({ error: { code: 4200, message: 'please reconnect' } })
      await until(kit.connection, (s) => s.state === 'connected' && s.previous !== 'initialized')
      const states = events.flatMap((e) => (e.type === 'state' ? [e.current] : []))
      expect(states.slice(-2)).toEqual(['connecting', 'connected'])
      const last = events.filter((e) => e.type === 'state').at(-1)
      expect(last).toMatchObject({ socketId: kit.connection.getSnapshot().socketId })
    } finally {
      await proxy.close()
    }
  })

  it('retry(name) recovers a channel whose auth endpoint refused, then healed', async () => {
    const auth = denying(t.server)
    const { kit } = makeKit(t.server, auth.options)
    const store = channelStore(kit, 'private-devtools-retry')
    const stop = store.subscribe(() => {})
    const inspector = inspect(kit)
    const failed = await until(
      inspector.channels,
      (l) => info(l, 'private-devtools-retry')?.snapshot.status === 'error',
    )
    expect(info(failed, 'private-devtools-retry')?.snapshot.error).toMatchObject({ status: 403 })
    auth.heal()
    inspector.retry('private-devtools-retry')
    inspector.retry('no-such-channel')
    await until(
      inspector.channels,
      (l) => info(l, 'private-devtools-retry')?.snapshot.status === 'subscribed',
    )
    stop()
  })

  it('gives the user and watchlist stores of the kit', async () => {
    const { kit } = makeKit(t.server, { user: { id: 'carol', watchlist: ['dave'] } })
    const inspector = inspect(kit)
    expect(inspector.user.getSnapshot().status).toBe('signed-out')
    expect(inspector.watchlist.getSnapshot()).toEqual({ online: [], offline: [] })
    expect(inspector.connection).toBe(kit.connection)
  })
})
