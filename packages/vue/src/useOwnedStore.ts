import { type ShallowRef, shallowRef, type WatchSource } from 'vue'
import { type RenderPhase, watchLive } from './watchLive'

/**
 * A store that holds a channel from creation to `destroy()` (typing, notifications): made by `create`
 * for the current key once live (never on the server; after mount when hydrating), destroyed when the
 * key changes or the scope stops. `null` until then.
 */
export function useOwnedStore<K, S extends { destroy(): void }>(
  phase: RenderPhase,
  key: WatchSource<K>,
  create: (key: K) => S,
): Readonly<ShallowRef<S | null>>
export function useOwnedStore<K extends readonly unknown[], S extends { destroy(): void }>(
  phase: RenderPhase,
  keys: [...{ [I in keyof K]: WatchSource<K[I]> }],
  create: (keys: K) => S,
): Readonly<ShallowRef<S | null>>
export function useOwnedStore<K, S extends { destroy(): void }>(
  phase: RenderPhase,
  key: WatchSource<K> | WatchSource<unknown>[],
  create: (key: K) => S,
): Readonly<ShallowRef<S | null>> {
  const store: ShallowRef<S | null> = shallowRef(null)
  watchLive(phase, key as WatchSource<K>, (current, _, onCleanup) => {
    const created = create(current)
    store.value = created
    onCleanup(() => {
      store.value = null
      created.destroy()
    })
  })
  return store
}
