import {
  createFaultProxy,
  type FaultProxy,
  type Frame,
  type LocalServer,
  startServer,
} from '@channelkit/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presenceStore } from '../adapter'
import { makeKit, record, statuses, until } from './harness'

let server: LocalServer
let proxy: FaultProxy
const frames: Frame[] = []
const listen = (s: LocalServer) => s.onFrame((f) => frames.push(f))

beforeAll(async () => {
  server = await startServer({ port: 0 })
  listen(server)
  proxy = await createFaultProxy({ target: { port: server.port } })
})
afterAll(async () => {
  await proxy.close()
  await server.close()
})

// WebSockets go through the proxy; short pusher-js timers so the outage is noticed quickly.
const fast = () => ({ wsPort: proxy.port, unavailableTimeout: 300, activityTimeout: 1000, pongTimeout: 500 })

describe('server restart', () => {
  it('connection goes unavailable/connecting → connected; channels resubscribe; roster without ghosts', async () => {
    const name = 'presence-restart'
    const alice = makeKit(server, { user: { id: 'alice', info: { n: 1 } }, ...fast() })
    const bob = makeKit(server, { user: { id: 'bob', info: { n: 2 } }, ...fast() })
    const carol = makeKit(server, { user: { id: 'carol', info: { n: 3 } }, ...fast() })
    const connection = record(alice.kit.connection)
    const lease = alice.kit.presence(name)
    const privateLease = alice.kit.channel('private-restart')
    bob.kit.presence(name)
    carol.kit.presence(name)
    const before = await until(lease.presence, (s) => s.count === 3)
    await until(privateLease.store, (s) => s.status === 'subscribed')
    const channelStatuses = record(privateLease.store)
    const firstSocket = alice.kit.connection.getSnapshot().socketId

    const port = server.port
    proxy.hold()
    await server.close()
    await until(alice.kit.connection, (s) => s.state === 'unavailable')
    expect(privateLease.store.getSnapshot().status).toBe('subscribing')
    expect(lease.presence.getSnapshot().status).toBe('subscribing')
    carol.kit.destroy() // Carol is gone for good while the server is down

    server = await startServer({ port })
    listen(server)
    proxy.resume()
    await until(alice.kit.connection, (s) => s.state === 'connected')
    await until(privateLease.store, (s) => s.status === 'subscribed')
    const after = await until(lease.presence, (s) => s.status === 'subscribed' && s.count === 2)

    const states = connection.map((s) => s.state).filter((s, i, all) => i === 0 || all[i - 1] !== s)
    expect(states).toEqual([
      'initialized',
      'connecting',
      'connected',
      'connecting',
      'unavailable',
      'connected',
    ])
    expect(alice.kit.connection.getSnapshot()).toMatchObject({ state: 'connected', error: undefined })
    expect(alice.kit.connection.getSnapshot().socketId).not.toBe(firstSocket)
    expect(statuses(channelStatuses)).toEqual(['subscribed', 'subscribing', 'subscribed'])

    expect(after.members.map((m) => m.id)).toEqual(['alice', 'bob']) // no ghost (Carol), no duplicates
    // Unchanged members keep their objects across the resubscription.
    expect(after.byId.get('alice')).toBe(before.byId.get('alice'))
    expect(after.me).toBe(before.me)
    await until(presenceStore(bob.kit, name), (s) => s.count === 2)
    // The new server saw a fresh subscribe for each channel from Alice's new socket.
    const socketId = alice.kit.connection.getSnapshot().socketId
    const resubscribed = frames
      .filter((f) => f.direction === 'in' && f.event === 'pusher:subscribe' && f.socketId === socketId)
      .map((f) => (f.data as { channel: string }).channel)
    expect(resubscribed.sort()).toEqual([name, 'private-restart'])
  })
})

describe('connect() while unavailable', () => {
  it('starts a fresh attempt at once (pusher-js alone waits for its own retry timer)', async () => {
    let direct = await startServer({ port: 0 })
    const { port } = direct
    try {
      const { kit } = makeKit(direct, { unavailableTimeout: 300 })
      kit.connect()
      await until(kit.connection, (s) => s.state === 'connected')
      await direct.close()
      await until(kit.connection, (s) => s.state === 'unavailable')

      direct = await startServer({ port })
      kit.connect()
      await until(kit.connection, (s) => s.state === 'connected', 3000)
    } finally {
      await direct.close()
    }
  })
})
