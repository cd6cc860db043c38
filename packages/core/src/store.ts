import { shallowEqual } from './shallowEqual'
import type { HydratableStore, ReadableStore } from './types'

const noop = () => {}

export interface Store<T> extends ReadableStore<T> {
  set(next: T): void
  update(fn: (current: T) => T): void
}

/** A value plus listeners. `set` keeps the old reference when nothing changed one level deep. */
export function createStore<T>(initial: T): Store<T> {
  let state = initial
  const listeners = new Set<() => void>()

  const set = (next: T) => {
    if (Object.is(state, next) || shallowEqual(state, next)) return
    state = next
    for (const listener of listeners) listener()
  }

  return {
    getSnapshot: () => state,
    subscribe(onChange) {
      // Wrapped so the same function subscribed twice gets two independent subscriptions.
      const listener = () => onChange()
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    set,
    update: (fn) => set(fn(state)),
  }
}

/** A store whose value never changes: what stores are on the server (SSR), or while they hold nothing. */
export function constantStore<T>(value: T): HydratableStore<T> {
  const get = () => value
  return { getSnapshot: get, getServerSnapshot: get, subscribe: () => noop }
}

/** What to render on the server and while hydrating: `getServerSnapshot()`, else `getSnapshot()`. */
export function serverSnapshotOf<T>(store: ReadableStore<T>): T {
  return store.getServerSnapshot ? store.getServerSnapshot() : store.getSnapshot()
}
