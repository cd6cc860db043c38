import { describe, expect, it } from 'vitest'
import { AVATAR_COLORS, avatarColor } from './avatarColor'

describe('avatarColor', () => {
  it('is a colour from 1 to 8, the same for the same id', () => {
    for (const id of ['alice', 'bob', '', 'user-42', '李', '👩🏽‍💻']) {
      const color = avatarColor(id)
      expect(color).toBeGreaterThanOrEqual(1)
      expect(color).toBeLessThanOrEqual(AVATAR_COLORS)
      expect(avatarColor(id)).toBe(color)
    }
  })

  it('spreads ids over every colour', () => {
    const counts = new Array(AVATAR_COLORS).fill(0)
    for (let i = 0; i < 800; i++) counts[avatarColor(`user-${i}`) - 1]++
    // Each of the 8 colours gets its share (100 expected) within ±40%.
    for (const count of counts) expect(count).toBeGreaterThan(60)
    for (const count of counts) expect(count).toBeLessThan(140)
  })

  it('is fixed for known ids (server and client render the same colour)', () => {
    expect(['alice', 'bob', 'carol', 'dave'].map(avatarColor)).toMatchInlineSnapshot(`
      [
        8,
        5,
        3,
        8,
      ]
    `)
  })
})
