import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { initials } from './initials'

describe('initials', () => {
  it('takes the first letters of the first and last words, upper-cased', () => {
    expect(initials('Ada Lovelace')).toBe('AL')
    expect(initials('ada king lovelace')).toBe('AL')
    expect(initials('bob')).toBe('B')
    expect(initials('  élodie   durand ')).toBe('ÉD')
    expect(initials('jean-luc picard')).toBe('JP')
  })

  it('skips what is not a letter or a digit', () => {
    expect(initials('You (designer)')).toBe('YD')
    expect(initials('"Ada" [admin]')).toBe('AA')
    expect(initials('Ada 🎉')).toBe('A')
    expect(initials('😀 Smile')).toBe('S')
    expect(initials('<img src=x onerror=alert(1)>')).toBe('IO')
    expect(initials('\u202Eevil')).toBe('E')
    expect(initials('Ada -- Lovelace')).toBe('AL')
    expect(initials('user 42')).toBe('U4')
  })

  it('keeps a letter with its combining marks', () => {
    expect(initials('e\u0301lodie')).toBe('E\u0301')
  })

  it('handles single names and scripts without case', () => {
    expect(initials('李小龙')).toBe('李')
    expect(initials('محمد علي')).toBe('مع')
    expect(initials('Ωmega')).toBe('Ω')
  })

  it('shows the first emoji, whole, for a name without letters', () => {
    expect(initials('🦊')).toBe('🦊')
    expect(initials('👩🏽‍💻 🎉')).toBe('👩🏽‍💻')
    expect(initials('🇫🇷')).toBe('🇫🇷')
    expect(initials('(🦊)')).toBe('🦊')
  })

  it('falls back to "?" for a name with neither letters nor emoji', () => {
    expect(initials('')).toBe('?')
    expect(initials('   ')).toBe('?')
    expect(initials('!!! ...')).toBe('?')
  })

  it('is only letters and digits (with their marks), one emoji, or "?": never punctuation or space', () => {
    const piece = fc.constantFrom(
      'a',
      'É',
      '李',
      'ß',
      '1',
      '\u0301',
      ' ',
      '(',
      ')',
      '<',
      '-',
      '😀',
      '🏽',
      '\u200D',
      '\u202E',
    )
    const name = fc.oneof(
      fc.string({ unit: piece, maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    )
    fc.assert(
      fc.property(name, (value) => {
        const result = initials(value)
        const lettersOnly = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}]*$/u.test(result)
        const oneEmoji =
          /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})/u.test(result) && value.includes(result)
        expect(lettersOnly || oneEmoji || result === '?').toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
