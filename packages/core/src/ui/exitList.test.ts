import { describe, expect, it } from 'vitest'
import { afterExit, createExitList } from './exitList'

const item = (id: string) => ({ id })
const shown = (entries: readonly { item: { id: string }; leaving: boolean }[]) =>
  entries.map((e) => (e.leaving ? `(${e.item.id})` : e.item.id)).join(' ')

describe('createExitList', () => {
  it('keeps a removed item in its place, leaving, until finished', () => {
    const list = createExitList<{ id: string }>()
    const [a, b, c] = ['a', 'b', 'c'].map(item) as [{ id: string }, { id: string }, { id: string }]
    expect(shown(list.update([a, b, c]))).toBe('a b c')
    expect(shown(list.update([a, c]))).toBe('a (b) c')
    // Same input, same output (React may render twice).
    expect(shown(list.update([a, c]))).toBe('a (b) c')
    expect(shown(list.update([a, c, item('d')]))).toBe('a (b) c d')
    expect(list.finish('b')).toBe(true)
    expect(list.finish('c')).toBe(false)
    expect(shown(list.update([a, c, item('d')]))).toBe('a c d')
    expect(shown(list.update([]))).toBe('(a) (c) (d)')
    list.finish('a')
    list.finish('d')
    expect(shown(list.update([item('c')]))).toBe('c')
  })

  it('renders the newest object of a visible item', () => {
    const list = createExitList<{ id: string; v: number }>()
    list.update([{ id: 'a', v: 1 }])
    expect(list.update([{ id: 'a', v: 2 }])[0]?.item.v).toBe(2)
  })
})

describe('afterExit', () => {
  it('is done at once for an element without animations', () => {
    let done = 0
    afterExit({ getAnimations: () => [] } as unknown as Element, () => done++)
    afterExit({} as Element, () => done++)
    expect(done).toBe(2)
  })

  it('waits for every animation, finished or cancelled', async () => {
    let finish!: () => void
    let cancel!: (error: Error) => void
    const animations = [
      { finished: new Promise<void>((resolve) => (finish = resolve)) },
      { finished: new Promise<void>((_, reject) => (cancel = reject)) },
    ]
    let done = false
    afterExit({ getAnimations: () => animations } as unknown as Element, () => (done = true))
    finish()
    await Promise.resolve()
    expect(done).toBe(false)
    cancel(new Error('AbortError'))
    await expect.poll(() => done).toBe(true)
  })
})
