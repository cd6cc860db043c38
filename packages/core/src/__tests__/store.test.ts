import { afterEach, describe, expect, it, vi } from 'vitest'
import { RateLimiter } from '../clientEvents'
import { toConnectionError } from '../connection'
import { createStore } from '../store'

describe('createStore', () => {
  it('notifies only when the value changed one level deep, and keeps the old reference otherwise', () => {
    const store = createStore({ a: 1, b: 'x' })
    const first = store.getSnapshot()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.set({ a: 1, b: 'x' })
    expect(store.getSnapshot()).toBe(first)
    expect(listener).not.toHaveBeenCalled()
    store.update((s) => ({ ...s, a: 2 }))
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.getSnapshot()).toEqual({ a: 2, b: 'x' })
    unsubscribe()
    store.set({ a: 3, b: 'x' })
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('the same function subscribed twice is two subscriptions', () => {
    const store = createStore(0)
    const listener = vi.fn()
    const off1 = store.subscribe(listener)
    store.subscribe(listener)
    off1()
    store.set(1)
    expect(listener).toHaveBeenCalledTimes(1)
  })
})

describe('RateLimiter', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('allows 10 in any rolling second and says how long to wait', () => {
    vi.useFakeTimers({ now: 0 })
    const limiter = new RateLimiter(10, 1000)
    for (let i = 0; i < 10; i++) {
      expect(limiter.wait()).toBe(0)
      limiter.record()
      vi.advanceTimersByTime(50)
    }
    // Sent at 0, 50, …, 450; now 500.
    expect(limiter.wait()).toBe(500)
    vi.advanceTimersByTime(499)
    expect(limiter.wait()).toBe(1)
    vi.advanceTimersByTime(1)
    expect(limiter.wait()).toBe(0)
    limiter.record()
    expect(limiter.wait()).toBe(50)
  })

  it('by default keeps a 100 ms margin over the 1 s window for network jitter', () => {
    vi.useFakeTimers({ now: 0 })
    const limiter = new RateLimiter()
    for (let i = 0; i < 10; i++) limiter.record()
    expect(limiter.wait()).toBe(1100)
  })
})

describe('toConnectionError', () => {
  it('maps pusher-js error shapes', () => {
    expect(toConnectionError({ type: 'PusherError', data: { code: 4301, message: 'Rate limit' } })).toEqual({
      type: 'PusherError',
      code: 4301,
      message: 'Rate limit',
    })
    expect(
      toConnectionError({
        type: 'WebSocketError',
        error: { type: 'PusherError', data: { code: 4001, message: 'No app' } },
      }),
    ).toEqual({ type: 'WebSocketError', code: 4001, message: 'No app' })
    expect(toConnectionError({ type: 'WebSocketError', error: new Error('ECONNREFUSED') })).toEqual({
      type: 'WebSocketError',
      code: undefined,
      message: 'ECONNREFUSED',
    })
    expect(toConnectionError({ type: 'HandshakeError', error: 'Invalid handshake' })).toMatchObject({
      type: 'HandshakeError',
      message: 'Invalid handshake',
    })
    expect(toConnectionError('boom')).toEqual({ type: 'Error', code: undefined, message: 'boom' })
  })
})
