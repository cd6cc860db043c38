import { type MaybeRefOrGetter, type Ref, shallowReactive, shallowReadonly, toRefs, watch } from 'vue'
import { type Store, useStore } from './useStore'

/** One readonly ref per snapshot field; each changes only when its own field does. */
export type StoreRefs<T> = { readonly [K in keyof T]: Readonly<Ref<T[K]>> }

/** A store's snapshot as destructurable refs (`const { status, error } = …`), like `toRefs`. */
export function useStoreRefs<T extends object>(store: MaybeRefOrGetter<Store<T>>): StoreRefs<T> {
  const snapshot = useStore(store)
  const state = shallowReactive({ ...snapshot.value })
  // a reactive set triggers only for a changed value, so unchanged fields stay quiet
  watch(snapshot, (next) => Object.assign(state, next), { flush: 'sync' })
  return toRefs(shallowReadonly(state)) as StoreRefs<T>
}
