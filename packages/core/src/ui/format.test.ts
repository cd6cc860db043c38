import { describe, expect, it } from 'vitest'
import { formatLabel } from './format'

describe('formatLabel', () => {
  it('fills placeholders by name, formatting numbers for the locale', () => {
    expect(formatLabel('{name} is typing…', ['Ada'], { name: 'Ada' }, 'en')).toBe('Ada is typing…')
    expect(formatLabel('{count} online', [1200], { count: 1200 }, 'en')).toBe('1,200 online')
    expect(formatLabel('{count} en ligne', [1200], { count: 1200 }, 'fr')).toBe('1\u202F200 en ligne')
  })

  it('picks plural forms by the locale’s rules, exact counts first, # as the count', () => {
    const forms = { '=0': 'nobody', one: '# person', other: '# people' }
    const say = (count: number, locale = 'en') => formatLabel(forms, [count], { count }, locale)
    expect([say(0), say(1), say(2)]).toEqual(['nobody', '1 person', '2 people'])
    // French: 0 and 1 are "one"; Arabic has six forms.
    expect(formatLabel({ one: '# personne', other: '# personnes' }, [0], { count: 0 }, 'fr')).toBe(
      '0 personne',
    )
    const arabic = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' }
    expect([0, 1, 2, 3, 11, 100].map((count) => formatLabel(arabic, [count], { count }, 'ar'))).toEqual([
      'z',
      'o',
      't',
      'f',
      'm',
      'x',
    ])
    expect(formatLabel({ other: '# people' }, [1], { count: 1 }, 'en')).toBe('1 people')
  })

  it('calls function labels with their arguments', () => {
    expect(formatLabel((a: string, n: number) => `${a}:${n}`, ['x', 2], { first: 'x', count: 2 }, 'en')).toBe(
      'x:2',
    )
  })

  it('inserts values once: a value that looks like a placeholder stays literal, unknown ones stay', () => {
    expect(formatLabel('{name} and {second}', ['{second}'], { name: '{second}' }, 'en')).toBe(
      '{second} and {second}',
    )
    expect(formatLabel({ other: '{name} #' }, [2], { name: '#', count: 2 }, 'en')).toBe('# 2')
    // Outside plural forms # is just a character.
    expect(formatLabel('#{count}', [3], { count: 3 }, 'en')).toBe('#3')
  })
})
