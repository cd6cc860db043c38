import { describe, expect, it } from 'vitest'
import { FixtureError } from '../FixtureError'
import { fixture } from '../fixture'

describe('fixture().cleanup()', () => {
  it('unmounts first, then undoes what was deferred in reverse order, awaiting each', async () => {
    const order: string[] = []
    const f = fixture(undefined, { unmount: () => order.push('unmount') })
    f.defer(() => order.push('first'))
    f.defer(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      order.push('second (async)')
    })
    f.defer(() => order.push('third'))
    await f.cleanup()
    expect(order).toEqual(['unmount', 'third', 'second (async)', 'first'])
    await f.cleanup()
    expect(order).toEqual(['unmount', 'third', 'second (async)', 'first', 'unmount'])
  })

  it('runs every step even when some throw, then throws what they threw', async () => {
    const ran: string[] = []
    const f = fixture()
    f.defer(() => ran.push('a'))
    f.defer(() => {
      throw new Error('b failed')
    })
    f.defer(() => ran.push('c'))
    await expect(f.cleanup()).rejects.toThrow('b failed')
    expect(ran).toEqual(['c', 'a'])

    f.defer(() => Promise.reject(new Error('x')))
    f.defer(() => {
      throw new Error('y')
    })
    const both = await f.cleanup().catch((error: unknown) => error)
    expect(both).toBeInstanceOf(AggregateError)
    expect((both as AggregateError).errors.map((e: Error) => e.message)).toEqual(['y', 'x'])
  })

  it('without a server of its own, says to pass one', () => {
    const f = fixture()
    expect(() => f.kit()).toThrow(FixtureError)
    expect(() => f.client()).toThrow(/no server of its own: pass one as the last argument/)
  })
})
