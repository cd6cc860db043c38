import { listen } from './adapter'
import { EMPTY_NOTIFICATIONS } from './snapshots'
import { createStore } from './store'
import type {
  ChannelKit,
  Notification,
  NotificationOptions,
  NotificationStore,
  NotificationsSnapshot,
} from './types'

interface Timer {
  handle: ReturnType<typeof setTimeout> | undefined
  remaining: number
  startedAt: number
}

let nextId = 0

/**
 * A toast queue: at most `max` visible, the rest wait (FIFO) and are promoted on dismiss. Each visible
 * notification with a duration dismisses itself; pause/resume keep the time that was left.
 */
export function notificationQueue<T>(
  options: NotificationOptions<T>,
  bind?: (onData: (data: unknown) => void) => () => void,
): NotificationStore<T> {
  const max = Math.max(1, options.max ?? 3)
  const defaultDuration = options.duration ?? 5000
  const store = createStore<NotificationsSnapshot<T>>(EMPTY_NOTIFICATIONS)
  const timers = new Map<string, Timer>()

  const run = (id: string, timer: Timer) => {
    timer.startedAt = Date.now()
    timer.handle = setTimeout(() => dismiss(id), timer.remaining)
  }
  const startTimer = (notification: Notification<T>) => {
    if (notification.duration <= 0) return
    const timer: Timer = { handle: undefined, remaining: notification.duration, startedAt: 0 }
    timers.set(notification.id, timer)
    if (!store.getSnapshot().paused) run(notification.id, timer)
  }
  const stopTimer = (id: string) => {
    clearTimeout(timers.get(id)?.handle)
    timers.delete(id)
  }

  const promote = (s: NotificationsSnapshot<T>): NotificationsSnapshot<T> => {
    const free = max - s.visible.length
    if (free <= 0 || s.queued.length === 0) return s
    const promoted = s.queued.slice(0, free)
    return { ...s, visible: [...s.visible, ...promoted], queued: s.queued.slice(free) }
  }
  // Timers follow visibility: start for whatever became visible.
  const commit = (next: NotificationsSnapshot<T>) => {
    for (const n of next.visible) if (!timers.has(n.id)) startTimer(n)
    store.set(next)
  }

  const dismiss = (id: string) => {
    stopTimer(id)
    const s = store.getSnapshot()
    if (s.visible.some((n) => n.id === id))
      commit(promote({ ...s, visible: s.visible.filter((n) => n.id !== id) }))
    else if (s.queued.some((n) => n.id === id))
      store.set({ ...s, queued: s.queued.filter((n) => n.id !== id) })
  }

  const push = (data: T, pushOptions: { id?: string; duration?: number } = {}): string => {
    const id = pushOptions.id ?? `ck-notification-${++nextId}`
    const notification: Notification<T> = {
      id,
      data,
      createdAt: Date.now(),
      duration: pushOptions.duration ?? defaultDuration,
    }
    const s = store.getSnapshot()
    const replace = (list: readonly Notification<T>[]) => list.map((n) => (n.id === id ? notification : n))
    if (s.visible.some((n) => n.id === id)) {
      // Same id again: new content, timer starts over.
      stopTimer(id)
      commit({ ...s, visible: replace(s.visible) })
    } else if (s.queued.some((n) => n.id === id)) {
      store.set({ ...s, queued: replace(s.queued) })
    } else {
      commit(promote({ ...s, queued: [...s.queued, notification] }))
    }
    return id
  }

  const unbind = bind?.((data) => {
    const value = options.map ? options.map(data) : (data as T)
    if (value !== null) push(value)
  })

  const clearTimers = () => {
    for (const timer of timers.values()) clearTimeout(timer.handle)
    timers.clear()
  }

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    push,
    dismiss,
    clear() {
      clearTimers()
      store.update((s) => ({ ...s, visible: [], queued: [] }))
    },
    pause() {
      if (store.getSnapshot().paused) return
      const now = Date.now()
      for (const timer of timers.values()) {
        clearTimeout(timer.handle)
        timer.handle = undefined
        timer.remaining = Math.max(0, timer.remaining - (now - timer.startedAt))
      }
      store.update((s) => ({ ...s, paused: true }))
    },
    resume() {
      if (!store.getSnapshot().paused) return
      store.update((s) => ({ ...s, paused: false }))
      for (const [id, timer] of timers) run(id, timer)
    },
    destroy() {
      clearTimers()
      unbind?.()
    },
  }
}

/**
 * A notification queue fed by `event` on `channel` (`event: null`: every event; `channel: null`: fed by
 * `push` only), listening until `destroy()`.
 */
export function createNotificationStore<T = unknown>(
  kit: ChannelKit,
  channel: string | null,
  event: string | null,
  options: NotificationOptions<T> = {},
): NotificationStore<T> {
  if (channel === null) return notificationQueue(options)
  return notificationQueue(options, (onData) =>
    event === null
      ? listen(kit, channel, null, (_event: string, data: unknown) => onData(data))
      : listen(kit, channel, event, onData),
  )
}
