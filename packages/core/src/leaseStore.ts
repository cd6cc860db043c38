import type { HydratableStore, ReadableStore } from './types'

export type LeaseStore<T> = HydratableStore<T>

interface Held<T> {
  store: ReadableStore<T>
  release(): void
}

/**
 * A store for adapters: holds a lease only while it has subscribers, so rendering alone (SSR, StrictMode's
 * discarded renders) never subscribes. Without subscribers it shows the channel's current snapshot if the
 * channel is held elsewhere, else `initial`.
 */
export function createLeaseStore<T>(
  acquire: () => Held<T>,
  current: () => T | undefined,
  initial: T,
  onIdle: () => void,
  onActive: () => void,
): LeaseStore<T> {
  let held: Held<T> | undefined
  let subscribers = 0

  const getSnapshot = () => (held ? held.store.getSnapshot() : (current() ?? initial))

  return {
    getSnapshot,
    getServerSnapshot: () => initial,
    subscribe(onChange) {
      const before = getSnapshot()
      if (subscribers++ === 0) {
        held = acquire()
        onActive()
      }
      const unsubscribe = held!.store.subscribe(onChange)
      // Acquiring may have changed the snapshot (e.g. 'unsubscribed' → 'subscribing').
      if (getSnapshot() !== before) onChange()
      let active = true
      return () => {
        if (!active) return
        active = false
        unsubscribe()
        if (--subscribers > 0) return
        held?.release()
        held = undefined
        onIdle()
      }
    },
  }
}
