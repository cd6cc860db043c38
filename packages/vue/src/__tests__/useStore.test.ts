import type { ReadableStore } from '@channelkit/core'
import { describe, expect, test } from 'vitest'
import { effectScope, nextTick, ref, shallowRef, watch } from 'vue'
import { useStore } from '..'

// A narrow unit test: a minimal store stands in for core's, to count listeners exactly.
function fakeStore<T>(initial: T) {
  let value = initial
  const listeners = new Set<() => void>()
  const store: ReadableStore<T> & { set(next: T): void; listeners: Set<() => void> } = {
    getSnapshot: () => value,
    subscribe(onChange) {
      const listener = () => onChange()
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(next) {
      value = next
      for (const listener of listeners) listener()
    },
    listeners,
  }
  return store
}

describe('useStore', () => {
  test('selects, skips shallow-equal results, follows reactive selector input, and releases on stop', () => {
    const store = fakeStore({ a: 1, b: { c: 1 } })
    const key = ref<'a' | 'b'>('a')
    const scope = effectScope()
    const fired: unknown[] = []
    const selected = scope.run(() => {
      const result = useStore(store, (s) => ({ value: s[key.value] }))
      watch(result, (value) => fired.push(value.value), { flush: 'sync' })
      return result
    })
    expect(selected?.value).toEqual({ value: 1 })
    expect(store.listeners.size).toBe(1)

    store.set({ a: 1, b: { c: 2 } })
    expect(fired).toEqual([])
    store.set({ a: 2, b: { c: 2 } })
    expect(fired).toEqual([2])
    key.value = 'b'
    expect(fired).toEqual([2, { c: 2 }])

    scope.stop()
    expect(store.listeners.size).toBe(0)
  })

  test('a new store from a ref swaps the subscription', async () => {
    const first = fakeStore('first')
    const second = fakeStore('second')
    const current = shallowRef(first)
    const scope = effectScope()
    const value = scope.run(() => useStore(current))
    current.value = second
    await nextTick()
    expect(value?.value).toBe('second')
    expect([first.listeners.size, second.listeners.size]).toEqual([0, 1])
    second.set('changed')
    expect(value?.value).toBe('changed')
    scope.stop()
    expect(second.listeners.size).toBe(0)
  })
})
