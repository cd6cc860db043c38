import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { notificationQueue } from '../notifications'

describe('notification store (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1000 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const ids = (list: readonly { id: string }[]) => list.map((n) => n.id)

  it('shows at most `max`, queues the rest FIFO and promotes on dismiss', () => {
    const store = notificationQueue<string>({ max: 2, duration: 0 })
    for (const id of ['a', 'b', 'c', 'd']) store.push(id.toUpperCase(), { id })
    expect(ids(store.getSnapshot().visible)).toEqual(['a', 'b'])
    expect(ids(store.getSnapshot().queued)).toEqual(['c', 'd'])
    expect(store.getSnapshot().visible[0]).toEqual({ id: 'a', data: 'A', createdAt: 1000, duration: 0 })
    const b = store.getSnapshot().visible[1]
    store.dismiss('a')
    expect(ids(store.getSnapshot().visible)).toEqual(['b', 'c'])
    expect(store.getSnapshot().visible[0]).toBe(b)
    store.dismiss('d') // queued ones can be dismissed too
    expect(ids(store.getSnapshot().queued)).toEqual([])
    store.clear()
    expect(store.getSnapshot()).toEqual({ visible: [], queued: [], paused: false })
  })

  it('auto-dismisses each visible notification after its duration; queued ones start when shown', () => {
    const store = notificationQueue<string>({ max: 1, duration: 1000 })
    store.push('first', { id: '1' })
    vi.advanceTimersByTime(500)
    store.push('second', { id: '2', duration: 300 })
    vi.advanceTimersByTime(499)
    expect(ids(store.getSnapshot().visible)).toEqual(['1'])
    vi.advanceTimersByTime(1)
    expect(ids(store.getSnapshot().visible)).toEqual(['2'])
    vi.advanceTimersByTime(300)
    expect(store.getSnapshot().visible).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('pause/resume keep the remaining time', () => {
    const store = notificationQueue<string>({ duration: 1000 })
    store.push('x', { id: 'x' })
    vi.advanceTimersByTime(700)
    store.pause()
    expect(store.getSnapshot().paused).toBe(true)
    vi.advanceTimersByTime(5000)
    expect(ids(store.getSnapshot().visible)).toEqual(['x'])
    store.push('y', { id: 'y' }) // shown while paused: its timer waits for resume
    store.resume()
    vi.advanceTimersByTime(299)
    expect(ids(store.getSnapshot().visible)).toEqual(['x', 'y'])
    vi.advanceTimersByTime(1)
    expect(ids(store.getSnapshot().visible)).toEqual(['y'])
    vi.advanceTimersByTime(700)
    expect(store.getSnapshot().visible).toEqual([])
  })

  it('sticky notifications (duration 0) stay; pushing an id again replaces it and restarts its timer', () => {
    const store = notificationQueue<string>({ duration: 1000 })
    store.push('sticky', { id: 's', duration: 0 })
    store.push('v1', { id: 'n' })
    vi.advanceTimersByTime(900)
    store.push('v2', { id: 'n' })
    vi.advanceTimersByTime(900)
    expect(store.getSnapshot().visible.map((n) => n.data)).toEqual(['sticky', 'v2'])
    vi.advanceTimersByTime(100)
    expect(store.getSnapshot().visible.map((n) => n.data)).toEqual(['sticky'])
    vi.advanceTimersByTime(60_000)
    expect(store.getSnapshot().visible.map((n) => n.data)).toEqual(['sticky'])
  })

  it('maps bound events, skips null, and destroy() clears timers and unbinds', () => {
    let emit: (data: unknown) => void = () => {}
    const unbind = vi.fn()
    const store = notificationQueue<string>(
      { map: (data) => (data as { text?: string }).text ?? null },
      (onData) => {
        emit = onData
        return unbind
      },
    )
    emit({ text: 'hello' })
    emit({ other: true })
    expect(store.getSnapshot().visible.map((n) => n.data)).toEqual(['hello'])
    const before = store.getSnapshot()
    store.dismiss('nope')
    expect(store.getSnapshot()).toBe(before)
    store.destroy()
    expect(unbind).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })
})
