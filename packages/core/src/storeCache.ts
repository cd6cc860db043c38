import type { LeaseStore } from './leaseStore'

export type MakeLeaseStore<T> = (onIdle: () => void, onActive: () => void) => LeaseStore<T>

/**
 * One adapter store per name while in use. A store leaves the cache once it has been idle (no subscriber)
 * for `releaseDelay`, counted from its last unsubscribe or, if never subscribed, from its creation:
 * stores made by renders that never mounted do not pile up.
 */
export function createStoreCache<T>(releaseDelay: number) {
  const stores = new Map<string, LeaseStore<T>>()
  const timers = new Set<ReturnType<typeof setTimeout>>()

  const get = (name: string, make: MakeLeaseStore<T>): LeaseStore<T> => {
    const existing = stores.get(name)
    if (existing) return existing
    let timer: ReturnType<typeof setTimeout> | undefined
    const stopTimer = () => {
      clearTimeout(timer)
      timers.delete(timer as ReturnType<typeof setTimeout>)
      timer = undefined
    }
    const dropLater = () => {
      stopTimer()
      timer = setTimeout(() => {
        stopTimer()
        if (stores.get(name) === store) stores.delete(name)
      }, releaseDelay)
      timers.add(timer)
    }
    const store = make(dropLater, () => {
      stopTimer()
      // A store dropped while its component was still rendering comes back on its first subscribe.
      if (!stores.has(name)) stores.set(name, store)
    })
    stores.set(name, store)
    dropLater()
    return store
  }

  const clear = () => {
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
    stores.clear()
  }

  return { get, clear }
}
