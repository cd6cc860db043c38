import { codeOf } from '@channelkit/test-utils'
import Pusher, { type Options } from 'pusher-js'
import { describe, expect, it, vi } from 'vitest'
import { createChannelKit } from '../createChannelKit'
import { initialChannelSnapshot, initialPresenceSnapshot } from '../snapshots'
import { createTypingStore } from '../typing'
import { connected, makeKit, record, statuses, until, withServer } from './harness'

const t = withServer()

describe('createChannelKit', () => {
  it('rejects unusable options with invalid_options and a fix', () => {
    expect(codeOf(() => createChannelKit({}))).toBe('invalid_options')
    expect(() => createChannelKit({})).toThrow('needs your app `key`')
    expect(() => createChannelKit({ key: 'k' })).toThrow('needs `cluster`')
    expect(codeOf(() => createChannelKit({ key: 'k', cluster: 'mt1', releaseDelay: -1 }))).toBe(
      'invalid_options',
    )
    expect(() => createChannelKit({ key: 'k', cluster: 'mt1', subscriptionTimeout: Number.NaN })).toThrow(
      'subscriptionTimeout must be a number of milliseconds ≥ 0; got NaN.',
    )
    expect(codeOf(() => createChannelKit(undefined as never))).toBe('invalid_options')
    // pusher-js's own objections surface (lazily) as invalid_options too.
    class Refusing {
      constructor() {
        throw 'You must pass your app key when you instantiate Pusher.' // pusher-js throws strings
      }
    }
    const kit = createChannelKit({
      key: 'k',
      cluster: 'mt1',
      server: false,
      Pusher: Refusing as unknown as typeof Pusher,
    })
    expect(codeOf(() => kit.getClient())).toBe('invalid_options')
    expect(() => kit.getClient()).toThrow('pusher-js rejected the options: You must pass your app key')
  })

  it('creates the pusher-js client lazily, once, with the pusher-js options only', async () => {
    const created: Options[] = []
    class Spy extends Pusher {
      constructor(key: string, options: Options) {
        created.push(options)
        super(key, options)
      }
    }
    const { kit } = makeKit(t.server, { Pusher: Spy })
    expect(created).toHaveLength(0)
    expect(kit.channelStore('lazy').getSnapshot()).toEqual(initialChannelSnapshot('lazy'))
    expect(created).toHaveLength(0)
    const client = kit.getClient()
    expect(kit.getClient()).toBe(client)
    expect(created).toHaveLength(1)
    expect(Object.keys(created[0]!)).not.toContain('releaseDelay')
    expect(Object.keys(created[0]!)).not.toContain('onError')
    await connected(kit)
  })

  it('on the server (SSR) nothing connects and every store keeps its initial snapshot', () => {
    const before = t.server.connectionCount()
    const kit = createChannelKit({ key: t.server.app.key, ...t.server.wsOptions() }) // Node: no window
    expect(kit.getClient()).toBeUndefined()
    const lease = kit.channel('private-ssr')
    expect(lease.store.getSnapshot()).toEqual(initialChannelSnapshot('private-ssr'))
    expect(() => lease.trigger('client-x', {})).toThrowError(expect.objectContaining({ code: 'no_client' }))
    const store = kit.channelStore('private-ssr')
    const off = store.subscribe(() => {})
    expect(store.getSnapshot()).toBe(store.getServerSnapshot())
    expect(store.getServerSnapshot()).toBe(store.getServerSnapshot())
    const presence = kit.presenceStore('presence-ssr')
    presence.subscribe(() => {})
    expect(presence.getSnapshot()).toBe(initialPresenceSnapshot())
    kit.connection.subscribe(() => {})
    kit.signin()
    expect(kit.connection.getSnapshot().state).toBe('initialized')
    expect(kit.user.getSnapshot().status).toBe('signed-out')
    const typing = createTypingStore(kit, 'presence-ssr')
    typing.start()
    typing.destroy()
    expect(t.server.connectionCount()).toBe(before)
    off()
    kit.destroy()
  })

  it('channelStore: one object per name, a lease only while subscribed, dropped after the grace', async () => {
    const { kit } = makeKit(t.server, { releaseDelay: 30 })
    const store = kit.channelStore('private-store')
    expect(kit.channelStore('private-store')).toBe(store)
    expect(store.getServerSnapshot()).toEqual(initialChannelSnapshot('private-store'))
    const changes = vi.fn()
    const off1 = store.subscribe(changes)
    expect(changes).toHaveBeenCalledTimes(1) // unsubscribed → subscribing happened on subscribe
    const off2 = store.subscribe(() => {})
    await until(store, (s) => s.status === 'subscribed')
    expect(t.inbound('pusher:subscribe', 'private-store')).toHaveLength(1)
    off1()
    off1()
    expect(store.getSnapshot().status).toBe('subscribed')
    off2()
    await expect.poll(() => t.inbound('pusher:unsubscribe', 'private-store').length).toBe(1)
    await expect.poll(() => kit.channelStore('private-store')).not.toBe(store)
    // Without subscribers a store shows what other leases see.
    const lease = kit.channel('private-store')
    await until(lease.store, (s) => s.status === 'subscribed')
    expect(kit.channelStore('private-store').getSnapshot()).toBe(lease.store.getSnapshot())
    lease.release()
  })

  it('wraps an existing client: reads its state at once and never disconnects it', async () => {
    const client = new Pusher(t.server.app.key, t.server.wsOptions())
    try {
      await expect.poll(() => client.connection.state).toBe('connected')
      const kit = createChannelKit({ client })
      expect(kit.getClient()).toBe(client)
      expect(kit.connection.getSnapshot()).toMatchObject({
        state: 'connected',
        socketId: client.connection.socket_id,
      })
      const lease = kit.channel('wrapped')
      await until(lease.store, (s) => s.status === 'subscribed')
      kit.destroy()
      expect(client.connection.state).toBe('connected')
      expect(client.channel('wrapped')).toBeUndefined()
      expect(() => kit.channel('wrapped')).toThrowError(expect.objectContaining({ code: 'no_client' }))
    } finally {
      client.disconnect()
    }
  })

  it('destroy() with a client of its own: closes the connection, sends no unsubscribe to race the close', async () => {
    const { kit } = makeKit(t.server)
    const lease = kit.channel('private-destroyed')
    await until(lease.store, (s) => s.status === 'subscribed')
    const client = kit.getClient()!
    const sent = vi.spyOn(client, 'send_event')
    kit.destroy()
    // pusher-js writes to the socket a tick later: an unsubscribe here would hit a closing socket.
    expect(sent).not.toHaveBeenCalled()
    expect(client.connection.state).toBe('disconnected')
    // The server drops the subscription with the connection; no frame was queued behind the close.
    await expect.poll(() => t.server.channels().has('private-destroyed')).toBe(false)
    expect(t.inbound('pusher:unsubscribe', 'private-destroyed')).toHaveLength(0)
  })

  it('disconnect() / connect(): channels go unsubscribed, then subscribe again', async () => {
    const { kit } = makeKit(t.server)
    const lease = kit.channel('private-toggle')
    await until(lease.store, (s) => s.status === 'subscribed')
    const seen = record(lease.store)
    const connection = record(kit.connection)
    kit.disconnect()
    expect(lease.store.getSnapshot().status).toBe('unsubscribed')
    expect(kit.connection.getSnapshot()).toMatchObject({
      state: 'disconnected',
      previous: 'connected',
      socketId: undefined,
    })
    kit.connect()
    await until(lease.store, (s) => s.status === 'subscribed')
    expect(statuses(seen)).toEqual(['subscribed', 'unsubscribed', 'subscribing', 'subscribed'])
    expect(connection.map((c) => c.state)).toEqual(['connected', 'disconnected', 'connecting', 'connected'])
    expect(t.inbound('pusher:subscribe', 'private-toggle')).toHaveLength(2)
    lease.release()
  })

  it('the connection store carries pusher-js errors (unknown app key → 4001)', async () => {
    const kit = createChannelKit({ ...t.server.wsOptions(), key: 'no-such-key', server: false })
    try {
      kit.connect()
      const snapshot = await until(kit.connection, (s) => s.error !== undefined && s.state === 'disconnected')
      expect(snapshot.error).toMatchObject({ code: 4001 })
      expect(snapshot.error?.message).toContain('no-such-key')
    } finally {
      kit.destroy()
    }
  })
})
