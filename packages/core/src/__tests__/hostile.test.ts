import { startFaultyServer } from '@channelkit/test-utils/faults'
import Pusher from 'pusher-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presenceStore } from '../adapter'
import { watchlistStore } from '../userStore'
import { makeKit, until, withServer } from './harness'

// A hostile or broken server: core never throws out of a frame handler, never corrupts a store, and
// reports what it ignored through onError with a code.
const t = withServer()

describe('frames core cannot use are reported, never thrown', () => {
  it('a member with id "__proto__" (pusher-js hands on no member): reported, the roster stays whole', async () => {
    const name = 'presence-proto'
    const { kit, errors } = makeKit(t.server, { user: { id: 'alice', info: { name: 'Alice' } } })
    const lease = kit.presence(name)
    await until(lease.presence, (s) => s.status === 'subscribed' && s.count === 1)
    const intruder = new Pusher(t.server.app.key, t.server.wsOptions({ user: { id: '__proto__' } }))
    const carol = new Pusher(t.server.app.key, t.server.wsOptions({ user: { id: 'carol' } }))
    try {
      intruder.subscribe(name)
      await expect.poll(() => errors.map((e) => e.code)).toEqual(['malformed_event'])
      expect(errors[0]).toMatchObject({ details: { channel: name, event: 'pusher:member_added' } })
      carol.subscribe(name)
      const after = await until(lease.presence, (s) => s.count === 2)
      expect(after.members.map((m) => m.id)).toEqual(['alice', 'carol'])
    } finally {
      intruder.disconnect()
      carol.disconnect()
      lease.release()
    }
  })

  describe('behind a server that sends what it likes', () => {
    let faulty: Awaited<ReturnType<typeof startFaultyServer>>
    beforeAll(async () => {
      faulty = await startFaultyServer()
    })
    afterAll(() => faulty.close())

    it('watchlist events whose user_ids are null or a string change nothing and are reported', async () => {
      const { kit, errors } = makeKit(faulty, { user: { id: 'alice' } })
      watchlistStore(kit).subscribe(() => {})
      await until(kit.connection, (s) => s.state === 'connected')
      const events = [
        { name: 'online', user_ids: null },
        { name: 'offline', user_ids: 'bob' },
        { name: 'online', user_ids: ['carol'] },
      ]
      expect(faulty.send({ event: 'pusher_internal:watchlist_events', data: { events } })).toBeGreaterThan(0)
      await until(watchlistStore(kit), (s) => s.online.length === 1)
      expect(watchlistStore(kit).getSnapshot()).toEqual({ online: ['carol'], offline: [] })
      expect(errors.map((e) => [e.code, e.details])).toEqual([
        ['malformed_event', { event: 'online', data: events[0] }],
        ['malformed_event', { event: 'offline', data: events[1] }],
      ])
    })

    it('member frames without a usable id or with junk data leave the roster as it was', async () => {
      const name = 'presence-junk'
      const { kit, errors } = makeKit(faulty, { user: { id: 'alice' } })
      const store = presenceStore(kit, name)
      store.subscribe(() => {})
      const before = await until(store, (s) => s.status === 'subscribed' && s.count === 1)
      faulty.send(
        // (data: null would crash pusher-js itself, before ChannelKit hears of it)
        { event: 'pusher_internal:member_added', channel: name, data: {} },
        { event: 'pusher_internal:member_added', channel: name, data: { user_id: { nested: true } } },
        { event: 'pusher_internal:member_removed', channel: name, data: 'nobody' },
        { event: 'pusher_internal:member_added', channel: name, data: { user_id: 'bob', user_info: 1 } },
      )
      const after = await until(store, (s) => s.count === 2)
      expect(after.members.map((m) => m.id)).toEqual(['alice', 'bob'])
      expect(after.byId.get('alice')).toBe(before.byId.get('alice'))
      expect(errors.every((e) => e.code === 'malformed_event')).toBe(true)
      expect(errors.length).toBeGreaterThan(0)
    })
  })
})
