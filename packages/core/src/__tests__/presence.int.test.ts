import { describe, expect, it } from 'vitest'
import { presenceStore } from '../adapter'
import { connected, makeKit, until, withServer } from './harness'

const t = withServer()

const ids = (members: readonly { id: string }[]) => members.map((m) => m.id)

describe('presence with real clients', () => {
  it('three clients join and leave; the roster keeps join order and shares untouched members', async () => {
    const name = 'presence-three'
    const alice = makeKit(t.server, { user: { id: 'alice', info: { name: 'Alice' } } })
    const bob = makeKit(t.server, { user: { id: 'bob', info: { name: 'Bob' } } })
    const carol = makeKit(t.server, { user: { id: 'carol', info: { name: 'Carol' } } })

    const store = presenceStore(alice.kit, name)
    const off = store.subscribe(() => {})
    const first = await until(store, (s) => s.status === 'subscribed')
    expect(first.me).toEqual({ id: 'alice', info: { name: 'Alice' } })
    expect(first.members).toEqual([first.me])
    expect(first.count).toBe(1)

    const bobLease = bob.kit.presence(name)
    const withBob = await until(store, (s) => s.count === 2)
    expect(ids(withBob.members)).toEqual(['alice', 'bob'])
    expect(withBob.me).toBe(first.me)
    expect(withBob.byId.get('alice')).toBe(first.byId.get('alice'))

    const carolLease = carol.kit.presence(name)
    const all = await until(store, (s) => s.count === 3)
    expect(ids(all.members)).toEqual(['alice', 'bob', 'carol'])
    expect(all.byId.get('bob')).toBe(withBob.byId.get('bob'))
    expect(all.byId.get('carol')).toEqual({ id: 'carol', info: { name: 'Carol' } })

    // Bob saw the roster as it was when he joined, then Carol.
    const bobView = await until(bobLease.presence, (s) => s.count === 3)
    expect(ids(bobView.members)).toEqual(expect.arrayContaining(['alice', 'bob', 'carol']))
    expect(bobView.me?.id).toBe('bob')

    bobLease.release()
    const afterBob = await until(store, (s) => s.count === 2)
    expect(ids(afterBob.members)).toEqual(['alice', 'carol'])
    expect(afterBob.byId.get('carol')).toBe(all.byId.get('carol'))
    expect(afterBob.me).toBe(first.me)

    carol.kit.disconnect() // leaving by disconnecting counts too
    await until(store, (s) => s.count === 1)
    expect(store.getSnapshot().members).toEqual([first.me])
    carolLease.release()
    off()
  })

  it('a presence store created after the channel subscribed shows the roster at once', async () => {
    const name = 'presence-late-store'
    const other = makeKit(t.server, { user: { id: 'zed', info: { name: 'Zed' } } })
    const otherLease = other.kit.presence(name)
    await until(otherLease.store, (s) => s.status === 'subscribed')

    const me = makeKit(t.server, { user: { id: 'me', info: { name: 'Me' } } })
    const lease = me.kit.channel(name) // a plain lease subscribes first
    await until(lease.store, (s) => s.status === 'subscribed')
    const store = presenceStore(me.kit, name)
    const snapshot = store.getSnapshot() // no subscriber yet, no wait
    expect(snapshot.status).toBe('subscribed')
    expect(ids(snapshot.members).sort()).toEqual(['me', 'zed'])
    expect(snapshot.me?.id).toBe('me')
    const later = me.kit.presence(name)
    expect(later.presence.getSnapshot()).toBe(snapshot)
    later.release()
    lease.release()
    otherLease.release()
  })

  it('the same user on two connections counts once', async () => {
    const name = 'presence-twice'
    const watcher = makeKit(t.server, { user: { id: 'w' } })
    const watching = watcher.kit.presence(name)
    await until(watching.store, (s) => s.status === 'subscribed')
    const tab1 = makeKit(t.server, { user: { id: 'dup' } }).kit.presence(name)
    const tab2 = makeKit(t.server, { user: { id: 'dup' } }).kit.presence(name)
    await until(tab1.store, (s) => s.status === 'subscribed')
    await until(tab2.store, (s) => s.status === 'subscribed')
    await until(watching.presence, (s) => s.count === 2)
    tab1.release()
    await until(tab2.presence, (s) => s.count === 2)
    expect(ids(watching.presence.getSnapshot().members)).toEqual(['w', 'dup'])
    watching.release()
    tab2.release()
  })

  it('presence() rejects non-presence names', async () => {
    const { kit } = makeKit(t.server)
    await connected(kit)
    expect(() => kit.presence('private-room')).toThrowError(
      expect.objectContaining({ code: 'not_a_presence_channel' }),
    )
    const store = presenceStore(kit, 'chat')
    const off = store.subscribe(() => {})
    expect(store.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'not_a_presence_channel' } })
    expect(store.getSnapshot().error?.error).toContain('start with "presence-"')
    off()
    expect(Object.keys(kit.getClient()!.channels.channels)).toEqual([])
  })
})

describe('presence while not connected', () => {
  it('after disconnect() the roster is the last one known, marked stale; connect() makes it live again', async () => {
    const name = 'presence-stale'
    const alice = makeKit(t.server, { user: { id: 'alice' } })
    const bob = makeKit(t.server, { user: { id: 'bob' } })
    const bobLease = bob.kit.presence(name)
    const store = presenceStore(alice.kit, name)
    store.subscribe(() => {})
    const live = await until(store, (s) => s.status === 'subscribed' && s.count === 2)
    expect(live.stale).toBe(false)

    alice.kit.disconnect()
    const stale = store.getSnapshot()
    expect(stale).toMatchObject({ status: 'unsubscribed', stale: true, count: 2 })
    expect(stale.members).toBe(live.members)

    bobLease.release() // Bob leaves while Alice is away: her stale roster does not know it
    await expect.poll(() => t.server.channels().get(name)?.subscriptionCount ?? 0).toBe(0)
    expect(store.getSnapshot().count).toBe(2)

    alice.kit.connect()
    const back = await until(store, (s) => s.status === 'subscribed')
    expect(back).toMatchObject({ stale: false, count: 1 })
    expect(ids(back.members)).toEqual(['alice'])
    expect(back.byId.get('alice')).toBe(live.byId.get('alice'))
  })
})
