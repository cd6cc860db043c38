import { type ReadableStore, shallowEqual } from '@channelkit/core'
import { serverSnapshotOf } from '@channelkit/core/adapter'
import { useDebugValue, useMemo } from 'react'
// React 18+ has useSyncExternalStore itself: the selector layer is all we need, not the shim.
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector'

/** Any core store; its `getServerSnapshot()`, when it has one, is what the server rendered. */
export type Store<T> = ReadableStore<T>

const identity = <T>(value: T): T => value

/**
 * Read a ChannelKit store (or a slice of it). The component re-renders only when the selected
 * value changes according to `isEqual` (default `shallowEqual`, as in Vue).
 */
export function useStore<T, S = T>(
  store: Store<T>,
  selector: (snapshot: T) => S = identity as (snapshot: T) => S,
  isEqual: (a: S, b: S) => boolean = shallowEqual,
): S {
  // Stable per store: new functions would make React resubscribe on every render.
  const [subscribe, getSnapshot, getServerSnapshot] = useMemo(
    () => [
      (onChange: () => void) => store.subscribe(onChange),
      () => store.getSnapshot(),
      () => serverSnapshotOf(store),
    ],
    [store],
  )
  const slice = useSyncExternalStoreWithSelector(subscribe, getSnapshot, getServerSnapshot, selector, isEqual)
  useDebugValue(slice)
  return slice
}
