import {
  type EventData,
  type EventsOf,
  isChannelKitError,
  type NotificationOptions,
  type NotificationStore,
  type NotificationsSnapshot,
} from '@channelkit/core'
import { type MaybeRefOrGetter, toValue } from 'vue'
import { attempt } from './attempt'
import { notMountedError } from './notMountedError'
import { staticStore } from './staticStore'
import { useOwnedStore } from './useOwnedStore'
import { injectKit } from './usePusher'
import type { Store } from './useStore'
import { type StoreRefs, useStoreRefs } from './useStoreRefs'
import { renderPhase } from './watchLive'

const idle = staticStore<NotificationsSnapshot<never>>({ visible: [], queued: [], paused: false })

export type UseNotificationsResult<T> = StoreRefs<NotificationsSnapshot<T>> &
  Pick<NotificationStore<T>, 'push' | 'dismiss' | 'clear' | 'pause' | 'resume'>

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
    ([name, eventName]) => {
      const created = attempt(() => kit.notifications<T>(name, eventName, options))
      return isChannelKitError(created) ? null : created
    },
  )
  return {
    ...useStoreRefs((): Store<NotificationsSnapshot<T>> => store.value ?? idle),
    push: (data, pushOptions) => {
      if (store.value === null) throw notMountedError('useNotifications', 'push', false)
      return store.value.push(data, pushOptions)
    },
    dismiss: (id) => store.value?.dismiss(id),
    clear: () => store.value?.clear(),
    pause: () => store.value?.pause(),
    resume: () => store.value?.resume(),
  }
}
