import { type RefObject, useEffect, useRef, useState } from 'react'

/**
 * A store that holds a channel from creation to `destroy()`: made by `create` in an effect (never
 * during render, never on the server), destroyed on cleanup and re-made when `create` changes (wrap
 * it in `useCallback`). `ref` reaches it from event handlers before React re-rendered with it.
 */
export function useOwnedStore<S extends { destroy(): void }>(
  create: () => S,
): [store: S | null, ref: RefObject<S | null>] {
  const [store, setStore] = useState<S | null>(null)
  const ref = useRef<S | null>(null)
  useEffect(() => {
    const created = create()
    ref.current = created
    setStore(created)
    return () => {
      ref.current = null
      created.destroy()
    }
  }, [create])
  return [store, ref]
}
