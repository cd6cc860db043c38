import type { Channel } from 'pusher-js'
import { describe, expect, it } from 'vitest'
import { channelStore } from '../adapter'
import { connected, denying, makeKit, record, statuses, until, withServer } from './harness'

const t = withServer()

const channelCallbacks = (channel: Channel) => ({
  events: Object.keys(channel.callbacks._callbacks),
  global: channel.global_callbacks.length,
})

describe('channel leases (real pusher-js against the local server)', () => {
  it('goes unsubscribed → subscribing → subscribed, with a subscription count', async () => {
    const { kit } = makeKit(t.server)
    const store = channelStore(kit, 'private-states')
    const seen = record(store)
    const off = store.subscribe(() => {})
    await until(store, (s) => s.status === 'subscribed' && s.subscriptionCount === 1)
    expect(statuses(seen)).toEqual(['unsubscribed', 'subscribing', 'subscribed'])
    expect(seen.at(-1)).toEqual({
      name: 'private-states',
      kind: 'private',
      cache: false,
      status: 'subscribed',
      error: undefined,
      subscriptionCount: 1,
      cacheMiss: undefined,
    })
    off()
  })

  it('N leases → one pusher:subscribe; the last release → one pusher:unsubscribe after the grace period', async () => {
    const { kit } = makeKit(t.server, { releaseDelay: 100 })
    const name = 'private-refcount'
    const leases = Array.from({ length: 5 }, () => kit.channel(name))
    await until(leases[0]!.store, (s) => s.status === 'subscribed')
    for (const lease of leases.slice(1)) expect(lease.store).toBe(leases[0]!.store)
    expect(t.inbound('pusher:subscribe', name)).toHaveLength(1)

    for (const lease of leases.slice(0, 4)) lease.release()
    leases[0]!.release() // idempotent: does not release someone else's hold
    expect(kit.getClient()!.channel(name)).toBeDefined()
    leases[4]!.release()
    expect(t.inbound('pusher:unsubscribe', name)).toHaveLength(0) // still inside the grace period
    await expect.poll(() => t.inbound('pusher:unsubscribe', name).length).toBe(1)
    expect(t.inbound('pusher:subscribe', name)).toHaveLength(1)
    expect(kit.getClient()!.channel(name)).toBeUndefined()
    expect(leases[0]!.store.getSnapshot().status).toBe('subscribed') // a released lease's store is frozen
  })

  it('release + re-acquire inside the grace period puts nothing on the wire', async () => {
    const { kit } = makeKit(t.server, { releaseDelay: 150 })
    const name = 'private-grace'
    const first = kit.channel(name)
    // Released at the same moment with the same delay: its unsubscribe marks when the grace period ended.
    const sentinel = kit.channel('private-grace-sentinel')
    await until(first.store, (s) => s.status === 'subscribed')
    await until(sentinel.store, (s) => s.status === 'subscribed')
    const before = t.frames.length
    first.release()
    const again = kit.channel(name) // StrictMode-style remount
    sentinel.release()
    expect(again.store.getSnapshot().status).toBe('subscribed')
    await expect.poll(() => t.inbound('pusher:unsubscribe', 'private-grace-sentinel').length).toBe(1)
    const wire = t.frames.slice(before).filter((f) => f.direction === 'in' && f.event !== 'pusher:ping')
    expect(wire.map((f) => f.event)).toEqual(['pusher:unsubscribe'])
    expect(kit.getClient()!.channel(name).subscribed).toBe(true)
    again.release()
  })

  it('1,000 acquire/release cycles leave no pusher-js channel and no callback behind', async () => {
    const { kit } = makeKit(t.server, { releaseDelay: 20, user: { id: 'cycler' } })
    await connected(kit)
    const client = kit.getClient()!
    // The app's own channel, bound by the app: ChannelKit must leave it exactly as it was.
    const own = client.subscribe('private-app-owned')
    const appHandler = () => {}
    own.bind('app-event', appHandler)
    const ownBefore = channelCallbacks(own)
    const connectionBefore = channelCallbacks(client.connection as unknown as Channel)

    for (let i = 0; i < 1000; i++) {
      for (const name of ['private-cycle', 'presence-cycle', 'private-app-owned']) {
        const lease = name.startsWith('presence-') ? kit.presence(name) : kit.channel(name)
        lease.bind('message', () => {})
        lease.bind('other', () => {})
        lease.bindGlobal(() => {})
        lease.release()
      }
    }
    const store = channelStore(kit, 'private-cycle')
    for (let i = 0; i < 1000; i++) store.subscribe(() => {})()

    await expect.poll(() => Object.keys(client.channels.channels).sort()).toEqual(['private-app-owned'])
    expect(channelCallbacks(own)).toEqual(ownBefore)
    expect(own.subscriptionPending || own.subscribed).toBe(true)
    expect(channelCallbacks(client.connection as unknown as Channel)).toEqual(connectionBefore)
    expect(t.inbound('pusher:subscribe', 'private-cycle').length).toBeLessThanOrEqual(2)
  })

  it('handlers get data (and presence metadata); unbind stops them; bindGlobal skips pusher: events', async () => {
    const { kit } = makeKit(t.server)
    const lease = kit.channel('events-public')
    const got: unknown[] = []
    const global: string[] = []
    const unbind = lease.bind('message', (data) => got.push(data))
    lease.bind('message', (data) => got.push(['twice', data]))
    lease.bindGlobal((event) => global.push(event))
    await until(lease.store, (s) => s.status === 'subscribed')
    await t.server.pusher().trigger('events-public', 'message', { n: 1 })
    await expect.poll(() => got.length).toBe(2)
    unbind()
    await t.server.pusher().trigger('events-public', 'message', { n: 2 })
    await expect.poll(() => got.length).toBe(3)
    expect(got).toEqual([{ n: 1 }, ['twice', { n: 1 }], ['twice', { n: 2 }]])
    expect(global).toEqual(['message', 'message'])
    lease.release()
  })

  it('a failing auth goes to error with {type, error, status}; retry() recovers once the endpoint heals', async () => {
    const auth = denying(t.server)
    const { kit } = makeKit(t.server, auth.options)
    const lease = kit.channel('private-denied')
    const seen = record(lease.store)
    const failed = await until(lease.store, (s) => s.status === 'error')
    expect(failed.error).toMatchObject({ type: 'AuthError', status: 403 })
    expect(failed.error!.error).toContain('403')
    auth.heal()
    lease.retry()
    await until(lease.store, (s) => s.status === 'subscribed')
    expect(statuses(seen)).toEqual(['subscribing', 'error', 'subscribing', 'subscribed'])
    expect(lease.store.getSnapshot().error).toBeUndefined()
    lease.release()
  })

  it('a subscription error released at once leaves no pusher-js channel', async () => {
    const { kit } = makeKit(t.server, { ...denying(t.server).options, releaseDelay: 0 })
    const lease = kit.channel('private-denied-2')
    await until(lease.store, (s) => s.status === 'error')
    lease.release()
    expect(kit.getClient()!.channel('private-denied-2')).toBeUndefined()
  })

  it('released while the auth request is in flight, then denied: no pusher-js channel is left', async () => {
    const { kit } = makeKit(t.server, { ...denying(t.server).options, releaseDelay: 0 })
    await connected(kit)
    const lease = kit.channel('private-denied-late')
    const channel = kit.getClient()!.channel('private-denied-late')
    lease.release()
    expect(channel.subscriptionPending).toBe(true)
    await expect.poll(() => kit.getClient()!.channel('private-denied-late')).toBeUndefined()
    expect(channel.global_callbacks).toEqual([])
  })

  it('released while subscribing, then subscribed: pusher-js unsubscribes once it succeeded', async () => {
    const { kit } = makeKit(t.server, { releaseDelay: 0 })
    await connected(kit)
    const lease = kit.channel('private-late')
    lease.release()
    await expect.poll(() => t.inbound('pusher:unsubscribe', 'private-late').length).toBe(1)
    expect(kit.getClient()!.channel('private-late')).toBeUndefined()
    expect(t.server.channels().has('private-late')).toBe(false)
  })

  it('cache channels: cacheMiss true after pusher:cache_miss, false after a cached event', async () => {
    const name = 'cache-prices'
    const { kit } = makeKit(t.server)
    const lease = kit.channel(name)
    const missed = await until(lease.store, (s) => s.cacheMiss === true)
    expect(missed).toMatchObject({ cache: true, status: 'subscribed' })
    await t.server.pusher().trigger(name, 'price', { eur: 10 })
    await until(lease.store, (s) => s.cacheMiss === false)
    lease.release()

    // A later subscriber gets the cached event right away.
    const { kit: late } = makeKit(t.server)
    const prices: unknown[] = []
    const lateLease = late.channel(name)
    lateLease.bind('price', (data) => prices.push(data))
    await expect.poll(() => prices).toEqual([{ eur: 10 }])
    expect(lateLease.store.getSnapshot().cacheMiss).toBe(false)
    lateLease.release()
  })
})
