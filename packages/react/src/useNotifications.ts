import {
  type EventData,
  type EventsOf,
  isChannelKitError,
  type NotificationOptions,
  type NotificationsSnapshot,
} from '@channelkit/core'
import { useCallback, useInsertionEffect, useMemo, useRef } from 'react'
import { attempt } from './attempt'
import { useKit } from './context'
import { notMountedError } from './notMountedError'
import { staticStore } from './staticStore'
import { useOwnedStore } from './useOwnedStore'
import { useStore } from './useStore'

const idle = staticStore<NotificationsSnapshot<never>>({ visible: [], queued: [], paused: false })

export interface UseNotificationsResult<T> extends NotificationsSnapshot<T> {
  /** Add a notification yourself; returns its id. */
  push(data: T, options?: { id?: string; duration?: number }): string
  dismiss(id: string): void
  clear(): void
  /** Pause every auto-dismiss timer (hover, focus). */
  pause(): void
  resume(): void
}

/**
 * A toast queue fed by `event` on `channel` (both may be null: then only `push` adds): at most `max`
 * visible, the rest queued, each dismissed after `duration` ms unless paused. `map` (latest one
 * used) turns a payload into the notification data, or null to skip it.
 */
export function useNotifications<C extends string, E extends keyof EventsOf<C> & string>(
  channel: C | null,
  event: E | null,
  options?: NotificationOptions<EventData<C, E>>,
): UseNotificationsResult<EventData<C, E>>
export function useNotifications<T>(
  channel: string | null,
  event: string | null,
  options?: NotificationOptions<T>,
): UseNotificationsResult<T>
export function useNotifications<T>(
  channel: string | null,
  event: string | null,
  options?: NotificationOptions<T>,
): UseNotificationsResult<T> {
  const kit = useKit('useNotifications')
  const { max, duration, map } = options ?? {}
  const latestMap = useRef(map)
  useInsertionEffect(() => {
    latestMap.current = map
  })
  const create = useCallback(() => {
    const store = attempt(() =>
      kit.notifications<T>(channel, event, {
        max,
        duration,
        map: (data) => (latestMap.current ? latestMap.current(data) : (data as T)),
      }),
    )
    return isChannelKitError(store) ? null : store
  }, [kit, channel, event, max, duration])
  const [store, ref] = useOwnedStore(create)
  const snapshot = useStore<NotificationsSnapshot<T>>(store ?? idle)
  const actions = useMemo(
    () => ({
      push: (data: T, pushOptions?: { id?: string; duration?: number }) => {
        if (ref.current === null) throw notMountedError('useNotifications', 'push', false)
        return ref.current.push(data, pushOptions)
      },
      dismiss: (id: string) => ref.current?.dismiss(id),
      clear: () => ref.current?.clear(),
      pause: () => ref.current?.pause(),
      resume: () => ref.current?.resume(),
    }),
    [ref],
  )
  return useMemo(() => ({ ...snapshot, ...actions }), [snapshot, actions])
}
