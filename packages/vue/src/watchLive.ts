import {
  getCurrentInstance,
  inject,
  onMounted,
  ssrContextKey,
  type WatchCallback,
  type WatchSource,
  watch,
} from 'vue'

/** Where a composable runs: server rendering, hydrating server HTML, or a live client (also `effectScope`). */
export type RenderPhase = 'server' | 'hydrating' | 'client'

export function renderPhase(): RenderPhase {
  const instance = getCurrentInstance()
  if (!instance) return 'client'
  // renderToString provides the SSR context to every app it renders
  if (inject(ssrContextKey, null) !== null) return 'server'
  // hydration gives the component's vnode its server element before setup runs; a fresh mount does not
  return instance.vnode.el ? 'hydrating' : 'client'
}

/**
 * Watches `source` (immediately) once the composable is live: at once on the client, after mount when
 * hydrating (so the first client render matches the server HTML), never on the server (no leases, no
 * listeners: the server never disposes a component scope). Stops, with its cleanup, when the scope does.
 */
export function watchLive<T>(
  phase: RenderPhase,
  source: WatchSource<T>,
  callback: WatchCallback<T, T | undefined>,
): void
export function watchLive<T extends readonly unknown[]>(
  phase: RenderPhase,
  sources: [...{ [K in keyof T]: WatchSource<T[K]> }],
  callback: WatchCallback<T, T | undefined>,
): void
export function watchLive<T>(
  phase: RenderPhase,
  source: WatchSource<T> | WatchSource<unknown>[],
  callback: WatchCallback<T, T | undefined>,
): void {
  if (phase === 'server') return
  const start = () => {
    watch(source as WatchSource<T>, callback, { immediate: true })
  }
  if (phase === 'client') start()
  else onMounted(start)
}
