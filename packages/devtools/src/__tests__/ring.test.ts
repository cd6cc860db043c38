import { describe, expect, it } from 'vitest'
import { Ring } from '../core/ring'

describe('Ring', () => {
  it('keeps the newest `capacity` items, newest first, and counts what it dropped', () => {
    const ring = new Ring<number>(3)
    expect(ring.toArray()).toEqual([])
    for (const n of [1, 2]) ring.push(n)
    expect(ring.toArray()).toEqual([2, 1])
    for (const n of [3, 4, 5]) ring.push(n)
    expect(ring.toArray()).toEqual([5, 4, 3])
    expect(ring.size).toBe(3)
    expect(ring.dropped).toBe(2)
    ring.clear()
    expect([ring.toArray(), ring.size, ring.dropped]).toEqual([[], 0, 0])
    ring.push(6)
    expect(ring.toArray()).toEqual([6])
  })
})
