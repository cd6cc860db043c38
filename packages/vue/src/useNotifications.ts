import {
  createNotificationStore,
  type EventData,
  type EventsOf,
  type NotificationActions,
  type NotificationOptions,
  type NotificationsSnapshot,
} from '@channelkit/core'
import { constantStore, EMPTY_NOTIFICATIONS, notificationActions } from '@channelkit/core/adapter'
import { type MaybeRefOrGetter, toValue } from 'vue'
import { useOwnedStore } from './useOwnedStore'
import { injectKit } from './usePusher'
import type { Store } from './useStore'
import { type StoreRefs, useStoreRefs } from './useStoreRefs'
import { renderPhase } from './watchLive'

const idle = /* @__PURE__ */ constantStore(EMPTY_NOTIFICATIONS)

export type UseNotificationsResult<T> = StoreRefs<NotificationsSnapshot<T>> & NotificationActions<T>

/**
 * A toast queue fed by `event` on `channel` (both may be null: then only `push` adds), as refs
 * (`visible`, `queued`, `paused`) and actions: at most `max` visible, the rest queued, each dismissed
 * after `duration` ms unless paused. A new channel or event starts a new queue; `options` are read once.
 */
export function useNotifications<C extends string, E extends keyof EventsOf<C> & string>(
  channel: MaybeRefOrGetter<C | null>,
  event: MaybeRefOrGetter<E | null>,
  options?: NotificationOptions<EventData<C, E>>,
): UseNotificationsResult<EventData<C, E>>
export function useNotifications<T>(
  channel: MaybeRefOrGetter<string | null>,
  event: MaybeRefOrGetter<string | null>,
  options?: NotificationOptions<T>,
): UseNotificationsResult<T>
export function useNotifications<T>(
  channel: MaybeRefOrGetter<string | null>,
  event: MaybeRefOrGetter<string | null>,
  options?: NotificationOptions<T>,
): UseNotificationsResult<T> {
  const kit = injectKit('useNotifications')
  const store = useOwnedStore(
    renderPhase(),
    [() => toValue(channel), () => toValue(event)],
    ([name, eventName]) => createNotificationStore<T>(kit, name, eventName, options),
  )
  return {
    ...useStoreRefs((): Store<NotificationsSnapshot<T>> => store.value ?? idle),
    ...notificationActions(() => store.value),
  }
}
