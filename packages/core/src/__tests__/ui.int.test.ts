import { describe, expect, it } from 'vitest'
import { channelStore, presenceStore } from '../adapter'
import { createNotificationStore } from '../notifications'
import { createTypingStore } from '../typing'
import { makeKit, until, withServer } from './harness'

const t = withServer()

describe('typing and notifications with real clients', () => {
  it('typing between two presence members: start, throttle, stop', async () => {
    const name = 'presence-typing'
    const alice = makeKit(t.server, { user: { id: 'alice', info: { name: 'Alice' } } })
    const bob = makeKit(t.server, { user: { id: 'bob', info: { name: 'Bob' } } })
    const aliceTyping = createTypingStore(alice.kit, name, { throttle: 10_000 })
    const bobTyping = createTypingStore(bob.kit, name)
    const bobLease = bob.kit.presence(name)
    await until(bobLease.presence, (s) => s.count === 2)
    await until(presenceStore(alice.kit, name), (s) => s.count === 2)

    aliceTyping.start()
    aliceTyping.start() // throttled
    const typing = await until(bobTyping, (s) => s.typing.length === 1)
    expect(typing.typing).toEqual([{ id: 'alice', name: 'Alice', info: { name: 'Alice' } }])
    expect(aliceTyping.getSnapshot().typing).toEqual([]) // never lists me

    aliceTyping.stop()
    await until(bobTyping, (s) => s.typing.length === 0)
    const sent = t.frames
      .filter((f) => f.direction === 'in' && f.event === 'client-typing')
      .map((f) => f.data)
    expect(sent).toEqual([{ typing: true }, { typing: false }])
    aliceTyping.destroy()
    bobTyping.destroy()
    bobLease.release()
    expect(alice.errors).toEqual([])
  })

  it('typing on a private channel identifies the sender from options.user', async () => {
    const alice = makeKit(t.server)
    const bob = makeKit(t.server)
    const aliceTyping = createTypingStore(alice.kit, 'private-typing', { user: { id: 'a1', name: 'Ann' } })
    const bobTyping = createTypingStore(bob.kit, 'private-typing', { user: { id: 'b1' }, timeout: 200 })
    await until(channelStore(alice.kit, 'private-typing'), (s) => s.status === 'subscribed')
    await until(channelStore(bob.kit, 'private-typing'), (s) => s.status === 'subscribed')
    aliceTyping.start()
    await until(bobTyping, (s) => s.typing.length === 1)
    expect(bobTyping.getSnapshot().typing).toEqual([{ id: 'a1', name: 'Ann', info: undefined }])
    // No stop: the entry expires after `timeout`.
    await until(bobTyping, (s) => s.typing.length === 0)
    aliceTyping.destroy()
    bobTyping.destroy()
  })

  it('notifications from SDK triggers: mapped, max visible, queue promoted on dismiss', async () => {
    const { kit } = makeKit(t.server)
    const store = createNotificationStore<string>(kit, 'alerts', 'alert', {
      max: 2,
      duration: 0,
      map: (data) => (data as { text: string }).text,
    })
    await until(channelStore(kit, 'alerts'), (s) => s.status === 'subscribed')
    const sdk = t.server.pusher()
    for (const text of ['one', 'two', 'three']) await sdk.trigger('alerts', 'alert', { text })
    await until(store, (s) => s.queued.length === 1)
    expect(store.getSnapshot().visible.map((n) => n.data)).toEqual(['one', 'two'])
    store.dismiss(store.getSnapshot().visible[0]!.id)
    expect(store.getSnapshot().visible.map((n) => n.data)).toEqual(['two', 'three'])
    store.push('local')
    expect(store.getSnapshot().queued.map((n) => n.data)).toEqual(['local'])
    store.destroy()
    await expect.poll(() => kit.getClient()!.channel('alerts')).toBeUndefined()
  })
})
