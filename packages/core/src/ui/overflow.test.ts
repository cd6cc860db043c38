import { describe, expect, it } from 'vitest'
import { isChannelKitError } from '../errors'
import { splitOverflow } from './overflow'

describe('splitOverflow', () => {
  it('shows everything without max or when the items fit', () => {
    expect(splitOverflow([1, 2, 3], undefined)).toEqual({ shown: [1, 2, 3], hidden: [] })
    expect(splitOverflow([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], hidden: [] })
  })

  it('puts the rest behind the overflow', () => {
    expect(splitOverflow([1, 2, 3, 4, 5], 2)).toEqual({ shown: [1, 2], hidden: [3, 4, 5] })
  })

  it('rejects a max that is not a whole number ≥ 1 with a typed error', () => {
    for (const max of [0, -1, 1.5, Number.NaN]) {
      let error: unknown
      try {
        splitOverflow([1], max)
      } catch (caught) {
        error = caught
      }
      expect(isChannelKitError(error, 'invalid_options')).toBe(true)
      expect((error as Error).message).toContain('max must be a whole number ≥ 1')
    }
  })
})
