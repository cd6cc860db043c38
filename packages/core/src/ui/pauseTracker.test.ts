import { describe, expect, it } from 'vitest'
import { createPauseTracker } from './pauseTracker'

describe('createPauseTracker', () => {
  it('pauses on the first reason and resumes when the last one is gone', () => {
    const tracker = createPauseTracker()
    expect(tracker.set('hover', true)).toBe('pause')
    expect(tracker.set('focus', true)).toBeNull()
    expect(tracker.set('hover', false)).toBeNull()
    expect(tracker.set('focus', false)).toBe('resume')
    expect(tracker.set('focus', false)).toBeNull()
  })
})
