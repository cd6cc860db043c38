import type { Store } from './useStore'

const noop = () => {}

/** A store that never changes: what a composable reads while its channel name is `null`. */
export function staticStore<T>(snapshot: T): Store<T> {
  return { getSnapshot: () => snapshot, getServerSnapshot: () => snapshot, subscribe: () => noop }
}
