import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { Channel } from '../channels'
import type { Connection } from '../connection'
import { CountThrottle } from '../countThrottle'

/** A channel with `n` stand-in subscribers: the throttle only reads the count. */
function resize(channel: Channel, n: number): void {
  const subscribers = channel.subscribers
  while (subscribers.size < n) subscribers.add({} as Connection)
  for (const subscriber of subscribers) if (subscribers.size > n) subscribers.delete(subscriber)
}

function setup(windowMs = 5000) {
  const sent: number[] = []
  const throttle = new CountThrottle(windowMs, (_, count) => sent.push(count))
  const channel = new Channel('counted')
  const change = (n: number) => {
    resize(channel, n)
    throttle.changed(channel)
  }
  return { sent, throttle, channel, change }
}

describe('CountThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('up to 100 subscribers every change is sent at once, without timers', () => {
    const { sent, change } = setup()
    for (let n = 1; n <= 100; n++) change(n)
    change(99)
    expect(sent).toEqual([...Array.from({ length: 100 }, (_, i) => i + 1), 99])
    expect(vi.getTimerCount()).toBe(0)
  })

  test('above 100: one send at once, then the latest count when the window ends, which opens the next', () => {
    const { sent, change } = setup()
    change(100)
    change(101)
    for (let n = 102; n <= 120; n++) change(n)
    expect(sent).toEqual([100, 101])
    vi.advanceTimersByTime(4999)
    expect(sent).toEqual([100, 101])
    vi.advanceTimersByTime(1)
    expect(sent).toEqual([100, 101, 120])
    change(121)
    vi.advanceTimersByTime(4999)
    expect(sent).toEqual([100, 101, 120])
    vi.advanceTimersByTime(1)
    expect(sent).toEqual([100, 101, 120, 121])
    // A window without changes ends quietly; the next change goes out at once.
    vi.advanceTimersByTime(5000)
    expect(vi.getTimerCount()).toBe(0)
    change(122)
    expect(sent).toEqual([100, 101, 120, 121, 122])
  })

  test('no trailing send when the count is back to what was last sent', () => {
    const { sent, change } = setup()
    change(101)
    change(102)
    change(101)
    vi.advanceTimersByTime(5000)
    expect(sent).toEqual([101])
    expect(vi.getTimerCount()).toBe(0)
  })

  test('changes at 100 or below go out at once inside a window too', () => {
    const { sent, change } = setup()
    change(101)
    change(100)
    change(101)
    expect(sent).toEqual([101, 100])
    vi.advanceTimersByTime(5000)
    expect(sent).toEqual([101, 100, 101])
  })

  test('an emptied channel clears its timer and gets no trailing send', () => {
    const { sent, change } = setup()
    change(150)
    change(149)
    expect(vi.getTimerCount()).toBe(1)
    for (let n = 100; n >= 0; n--) change(n)
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(5000)
    expect(sent).toEqual([150, ...Array.from({ length: 101 }, (_, i) => 100 - i)])
  })

  test('close() clears every timer; later changes send nothing', () => {
    const { sent, throttle, change } = setup()
    const other = new Channel('other')
    resize(other, 200)
    throttle.changed(other)
    change(101)
    change(102)
    expect(vi.getTimerCount()).toBe(2)
    throttle.close()
    expect(vi.getTimerCount()).toBe(0)
    change(50)
    change(103)
    vi.advanceTimersByTime(10_000)
    expect(sent).toEqual([200, 101])
  })

  test('a window of 0 ms sends every change', () => {
    const { sent, change } = setup(0)
    for (let n = 101; n <= 103; n++) change(n)
    expect(sent).toEqual([101, 102, 103])
    expect(vi.getTimerCount()).toBe(0)
  })
})
