import { type ReadableStore, serverSnapshotOf } from '@channelkit/core'
import { useCallback, useDebugValue } from 'react'
// React 18+ has useSyncExternalStore itself: the selector layer is all we need, not the shim.
import useSyncExternalStoreExports from 'use-sync-external-store/with-selector'

// The CJS module has no ESM named exports under Node's native ESM loader.
const { useSyncExternalStoreWithSelector } = useSyncExternalStoreExports

/** Any core store; its `getServerSnapshot()`, when it has one, is what the server rendered. */
export type Store<T> = ReadableStore<T>

const identity = <T>(value: T): T => value

/**
 * Read a ChannelKit store (or a slice of it). The component re-renders only when the selected
 * value changes according to `isEqual` (default `Object.is`).
 */
export function useStore<T, S = T>(
  store: Store<T>,
  selector: (snapshot: T) => S = identity as (snapshot: T) => S,
  isEqual?: (a: S, b: S) => boolean,
): S {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store])
  const getSnapshot = useCallback(() => store.getSnapshot(), [store])
  const getServerSnapshot = useCallback(() => serverSnapshotOf(store), [store])
  const slice = useSyncExternalStoreWithSelector(subscribe, getSnapshot, getServerSnapshot, selector, isEqual)
  useDebugValue(slice)
  return slice
}
