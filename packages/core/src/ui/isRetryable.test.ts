import { describe, expect, it } from 'vitest'
import { isRetryable } from './isRetryable'

describe('isRetryable', () => {
  it('offers a retry when pusher-js is not trying any more', () => {
    expect(isRetryable('unavailable')).toBe(true)
    expect(isRetryable('failed')).toBe(true)
    expect(isRetryable('disconnected')).toBe(true)
    expect(isRetryable('connected')).toBe(false)
    expect(isRetryable('connecting')).toBe(false)
    expect(isRetryable('initialized')).toBe(false)
  })
})
