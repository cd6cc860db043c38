import { describe, expect, it } from 'vitest'
import { initials } from './initials'

describe('initials', () => {
  it('takes the first letters of the first and last words, upper-cased', () => {
    expect(initials('Ada Lovelace')).toBe('AL')
    expect(initials('ada king lovelace')).toBe('AL')
    expect(initials('bob')).toBe('B')
    expect(initials('  élodie   durand ')).toBe('ÉD')
  })

  it('keeps astral characters whole', () => {
    expect(initials('😀 Smile')).toBe('😀S')
  })

  it('falls back to "?" for a blank name', () => {
    expect(initials('')).toBe('?')
    expect(initials('   ')).toBe('?')
  })
})
