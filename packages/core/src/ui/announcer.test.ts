import { describe, expect, it } from 'vitest'
import { createAnnouncer } from './announcer'

const n = (text: string) => ({ text })
const describeIt = (x: { text: string }) => x.text

describe('createAnnouncer', () => {
  it('announces the newest new notification once, and keeps the text on dismissal', () => {
    const announce = createAnnouncer<{ text: string }>()
    const a = n('a')
    const b = n('b')
    const c = n('c')
    expect(announce([a], describeIt)).toBe('a')
    expect(announce([a], describeIt)).toBe('a')
    expect(announce([a, b, c], describeIt)).toBe('c')
    expect(announce([a, b], describeIt)).toBe('c')
    expect(announce([b], describeIt)).toBe('c')
    expect(announce([], describeIt)).toBe('')
  })

  it('announces a replaced notification (new object) again', () => {
    const announce = createAnnouncer<{ text: string }>()
    announce([n('v1')], describeIt)
    expect(announce([n('v2')], describeIt)).toBe('v2')
  })
})
