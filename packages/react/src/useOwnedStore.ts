import { useEffect, useRef, useState } from 'react'

/**
 * A store that holds a channel from creation to `destroy()`: made by `create` in an effect (never
 * during render, never on the server), destroyed on cleanup and re-made when `create` changes (wrap
 * it in `useCallback`). `actions` (made once) reach the current store from event handlers, also before
 * React re-rendered with it.
 */
export function useOwnedStore<S extends { destroy(): void }, A>(
  create: () => S,
  actions: (current: () => S | null) => A,
): [store: S | null, actions: A] {
  const [store, setStore] = useState<S | null>(null)
  const ref = useRef<S | null>(null)
  const [bound] = useState(() => actions(() => ref.current))
  useEffect(() => {
    const created = create()
    ref.current = created
    setStore(created)
    return () => {
      ref.current = null
      created.destroy()
    }
  }, [create])
  return [store, bound]
}
