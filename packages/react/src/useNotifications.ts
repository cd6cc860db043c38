import {
  createNotificationStore,
  type EventData,
  type EventsOf,
  type NotificationActions,
  type NotificationOptions,
  type NotificationsSnapshot,
} from '@channelkit/core'
import { constantStore, EMPTY_NOTIFICATIONS, notificationActions } from '@channelkit/core/adapter'
import { useCallback, useInsertionEffect, useMemo, useRef } from 'react'
import { useKit } from './context'
import { useOwnedStore } from './useOwnedStore'
import { useStore } from './useStore'

const idle = /* @__PURE__ */ constantStore(EMPTY_NOTIFICATIONS)

export interface UseNotificationsResult<T> extends NotificationsSnapshot<T>, NotificationActions<T> {}

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
  const create = useCallback(
    () =>
      createNotificationStore<T>(kit, channel, event, {
        max,
        duration,
        map: (data) => (latestMap.current ? latestMap.current(data) : (data as T)),
      }),
    [kit, channel, event, max, duration],
  )
  const [store, actions] = useOwnedStore(create, notificationActions<T>)
  const snapshot = useStore<NotificationsSnapshot<T>>(store ?? idle)
  return useMemo(() => ({ ...snapshot, ...actions }), [snapshot, actions])
}
