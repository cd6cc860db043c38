import { type ReadableStore, shallowEqual } from '@channelkit/core'
import { serverSnapshotOf } from '@channelkit/core/adapter'
import { type MaybeRefOrGetter, type ShallowRef, shallowReadonly, shallowRef, toValue, watch } from 'vue'
import { renderPhase, watchLive } from './watchLive'

/** Any core store; its `getServerSnapshot()`, when it has one, is what the server rendered. */
export type Store<T> = ReadableStore<T>

const identity = <T>(value: T): T => value

/**
 * A readonly ref of a store's snapshot, or of the slice `selector` picks from it. The ref changes only when
 * the selected value does (`isEqual`, shallow by default), so watchers and renders see no false changes.
 * `store` may be a ref or getter: a new store swaps the subscription. The selector may read reactive state
 * (props), and is re-run when that changes. Released when the current scope (component, effectScope) stops.
 */
export function useStore<T, S = T>(
  store: MaybeRefOrGetter<Store<T>>,
  selector: (snapshot: T) => S = identity as (snapshot: T) => S,
  isEqual: (a: S, b: S) => boolean = shallowEqual,
): Readonly<ShallowRef<S>> {
  const phase = renderPhase()
  const initial = toValue(store)
  const snapshot = shallowRef(phase === 'client' ? initial.getSnapshot() : serverSnapshotOf(initial))
  const selected = shallowRef(selector(snapshot.value))
  watch(
    () => selector(snapshot.value),
    (next) => {
      if (!isEqual(selected.value, next)) selected.value = next
    },
    { flush: 'sync' },
  )
  watchLive(
    phase,
    () => toValue(store),
    (current, _, onCleanup) => {
      onCleanup(
        current.subscribe(() => {
          snapshot.value = current.getSnapshot()
        }),
      )
      snapshot.value = current.getSnapshot()
    },
  )
  return shallowReadonly(selected)
}
