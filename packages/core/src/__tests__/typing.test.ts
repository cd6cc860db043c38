import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChannelKitError } from '../errors'
import { typingOverLease } from '../typing'
import { fakeLease } from './fakeLease'

describe('typing store (fake timers)', () => {
  let errors: ChannelKitError[]
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
    errors = []
  })
  afterEach(() => {
    vi.useRealTimers()
  })
  const report = (error: ChannelKitError) => errors.push(error)

  it('lists typists from a private channel payload, expires them after the timeout, removes on typing:false', () => {
    const fake = fakeLease('private-chat')
    const store = typingOverLease(fake.lease, false, { timeout: 1000, user: { id: 'me' } }, report)
    const snapshots = [store.getSnapshot()]
    store.subscribe(() => snapshots.push(store.getSnapshot()))

    fake.emit('client-typing', { id: 'bob', name: 'Bob', typing: true })
    fake.emit('client-typing', { id: 'carol', typing: true })
    expect(store.getSnapshot().typing).toEqual([
      { id: 'bob', name: 'Bob', info: undefined },
      { id: 'carol', name: undefined, info: undefined },
    ])
    const bob = store.getSnapshot().typing[0]

    vi.advanceTimersByTime(600)
    fake.emit('client-typing', { id: 'bob', name: 'Bob', typing: true }) // refreshes Bob's timer only
    expect(store.getSnapshot().typing[0]).toBe(bob)
    vi.advanceTimersByTime(400)
    expect(store.getSnapshot().typing.map((t) => t.id)).toEqual(['bob'])
    fake.emit('client-typing', { id: 'bob', typing: false })
    expect(store.getSnapshot().typing).toEqual([])
    expect(snapshots.map((s) => s.typing.length)).toEqual([0, 1, 2, 1, 0])
  })

  it('never lists me and ignores events without an id', () => {
    const fake = fakeLease('private-chat')
    const store = typingOverLease(fake.lease, false, { user: { id: 'me' } }, report)
    fake.emit('client-typing', { id: 'me', typing: true })
    fake.emit('client-typing', { typing: true })
    fake.emit('client-typing', 'nonsense')
    expect(store.getSnapshot().typing).toEqual([])
  })

  it('on presence channels the sender comes from metadata and the name from member info', () => {
    const members = [
      { id: 'alice', info: { name: 'Alice' } },
      { id: 'bob', info: { name: 'Bob' } },
    ]
    const fake = fakeLease('presence-room', members, 'alice')
    const store = typingOverLease(fake.lease, true, {}, report)
    fake.emit('client-typing', { typing: true, id: 'spoofed' }, { user_id: 'bob' })
    fake.emit('client-typing', { typing: true }, { user_id: 'alice' })
    expect(store.getSnapshot().typing).toEqual([{ id: 'bob', name: 'Bob', info: { name: 'Bob' } }])
    // Bob leaves the channel: he stops typing.
    fake.setRoster([members[0]!])
    expect(store.getSnapshot().typing).toEqual([])
  })

  it('start() is throttled, stop() only follows a start, nothing is sent before subscribed', () => {
    const fake = fakeLease('private-chat')
    const store = typingOverLease(
      fake.lease,
      false,
      { throttle: 1000, user: { id: 'me', name: 'Me' } },
      report,
    )
    store.start()
    expect(fake.sent).toEqual([])
    store.stop()
    expect(fake.sent).toEqual([])

    fake.subscribe()
    store.start()
    store.start()
    vi.advanceTimersByTime(999)
    store.start()
    expect(fake.sent).toEqual([{ event: 'client-typing', data: { id: 'me', name: 'Me', typing: true } }])
    vi.advanceTimersByTime(1)
    store.start()
    expect(fake.sent).toHaveLength(2)
    store.stop()
    store.stop()
    expect(fake.sent.at(-1)).toEqual({
      event: 'client-typing',
      data: { id: 'me', name: 'Me', typing: false },
    })
    expect(fake.sent).toHaveLength(3)
    store.start() // right after a stop: not throttled
    expect(fake.sent).toHaveLength(4)
    expect(errors).toEqual([])
  })

  it('reports (does not throw) when a private channel has no user to announce', () => {
    const fake = fakeLease('private-chat')
    fake.subscribe()
    const store = typingOverLease(fake.lease, false, {}, report)
    store.start()
    expect(fake.sent).toEqual([])
    expect(errors.map((e) => e.code)).toEqual(['invalid_options'])
  })

  it('destroy() announces the stop, clears timers, unbinds and releases', () => {
    const fake = fakeLease('presence-room', [{ id: 'a', info: {} }], 'me')
    fake.subscribe()
    const store = typingOverLease(fake.lease, true, { event: 'client-writing' }, report)
    fake.emit('client-writing', { typing: true }, { user_id: 'a' })
    store.start()
    store.destroy()
    expect(fake.sent.map((s) => s.data)).toEqual([{ typing: true }, { typing: false }])
    expect(fake.handlerCount()).toBe(0)
    expect(fake.released()).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })
})
