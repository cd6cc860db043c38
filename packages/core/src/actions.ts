import { notMountedError } from './notMountedError'
import type { NotificationActions, NotificationStore, TypingActions, TypingStore } from './types'

/** Adapter helper: `start`/`stop` of a typing store held only once mounted; before that they do nothing. */
export function typingActions(current: () => TypingStore | null): TypingActions {
  return {
    start: () => current()?.start(),
    stop: () => current()?.stop(),
  }
}

/**
 * Adapter helper: the actions of a notification store an adapter holds only once mounted, reaching
 * whatever `current()` gives. Before that `push` throws `no_client` (its id could not be kept); the
 * others have nothing to act on and do nothing.
 */
export function notificationActions<T>(
  current: () => NotificationStore<T> | null,
  api = 'useNotifications',
): NotificationActions<T> {
  return {
    push(data, options) {
      const store = current()
      if (store === null) throw notMountedError(api, 'push', false)
      return store.push(data, options)
    },
    dismiss: (id) => current()?.dismiss(id),
    clear: () => current()?.clear(),
    pause: () => current()?.pause(),
    resume: () => current()?.resume(),
  }
}
