import { caught, codeOf } from '@channelkit/test-utils'
import Pusher, { type Options } from 'pusher-js'
import { describe, expect, it, vi } from 'vitest'
import { version } from '../../package.json'
import { channelStore, presenceStore } from '../adapter'
import { createChannelKit } from '../createChannelKit'
import type { ChannelKitError } from '../errors'
import { IDLE_PRESENCE, initialChannelSnapshot } from '../snapshots'
import type { ChannelKit } from '../types'
import { createTypingStore } from '../typing'
import { signin, userStore } from '../userStore'
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
    expect(channelStore(kit, 'lazy').getSnapshot()).toEqual(initialChannelSnapshot('lazy'))
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
    const errors: unknown[] = []
    const kit = createChannelKit({
      key: t.server.app.key,
      ...t.server.wsOptions(),
      onError: (error) => errors.push(error),
    }) // Node: no window
    expect(kit.getClient()).toBeUndefined()
    const lease = kit.channel('private-ssr')
    expect(lease.store.getSnapshot()).toEqual(initialChannelSnapshot('private-ssr'))
    expect(() => lease.trigger('client-x', {})).toThrowError(expect.objectContaining({ code: 'no_client' }))
    const store = channelStore(kit, 'private-ssr')
    const off = store.subscribe(() => {})
    expect(store.getSnapshot()).toBe(store.getServerSnapshot())
    expect(store.getServerSnapshot()).toBe(store.getServerSnapshot())
    const presence = presenceStore(kit, 'presence-ssr')
    presence.subscribe(() => {})
    expect(presence.getSnapshot()).toBe(IDLE_PRESENCE)
    kit.connection.subscribe(() => {})
    signin(kit)
    expect(kit.connection.getSnapshot().state).toBe('initialized')
    expect(userStore(kit).getSnapshot().status).toBe('signed-out')
    const typing = createTypingStore(kit, 'presence-ssr')
    typing.start()
    typing.destroy()
    expect(t.server.connectionCount()).toBe(before)
    // Asked to connect, it said once why it does not.
    expect(errors).toMatchObject([{ code: 'no_client', details: { reason: 'server' } }])
    off()
    kit.destroy()
  })

  it('a kit that never connects says so when used to connect: once, through onError', () => {
    const errors: unknown[] = []
    const kit = createChannelKit({ key: 'k', cluster: 'mt1', onError: (error) => errors.push(error) }) // Node: no window
    kit.channel('private-x').release()
    kit.connect()
    signin(kit)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      code: 'no_client',
      details: { reason: 'server', channel: 'private-x' },
    })
    expect((errors[0] as Error).message).toContain('create it with `server: false`')
  })

  it('a kit from another copy of core is named, with both versions', () => {
    const foreign = { [Symbol.for('channelkit.core.version')]: '0.0.1-other' } as unknown as ChannelKit
    const error = caught(() => channelStore(foreign, 'x'))
    expect(error).toMatchObject({ code: 'version_mismatch', details: { package: '@channelkit/core' } })
    expect((error as ChannelKitError<'version_mismatch'>).details.versions).toEqual(['0.0.1-other', version])
    expect((error as Error).message).toContain('another copy of @channelkit/core (0.0.1-other)')
    expect(codeOf(() => channelStore({} as ChannelKit, 'x'))).toBe('invalid_options')
  })

  it('channelStore: holds the channel only while subscribed, lets go after the grace', async () => {
    const { kit } = makeKit(t.server, { releaseDelay: 30 })
    const store = channelStore(kit, 'private-store')
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
    expect(store.getSnapshot()).toEqual(initialChannelSnapshot('private-store'))
    // Without subscribers a store shows what other leases see.
    const lease = kit.channel('private-store')
    await until(lease.store, (s) => s.status === 'subscribed')
    expect(channelStore(kit, 'private-store').getSnapshot()).toBe(lease.store.getSnapshot())
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
