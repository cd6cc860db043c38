import type { MemberInfo, PresenceSnapshot } from '@channelkit/core'
import { presenceStore } from '@channelkit/core/adapter'
import { type MaybeRefOrGetter, type ShallowRef, toValue } from 'vue'
import { injectKit } from './usePusher'
import { useStore } from './useStore'

/**
 * The roster of a presence channel (`{ status, me, members, byId, count }`) as a readonly ref, or the
 * slice `selector` picks: `usePresence('presence-room', s => s.count)` changes only when the count does
 * (`isEqual`, default core's `shallowEqual`). Subscribes while the scope lives; a new name swaps the
 * channel; `null` waits.
 */
export function usePresence<Info = MemberInfo>(
  name: MaybeRefOrGetter<string | null>,
): Readonly<ShallowRef<PresenceSnapshot<Info>>>
export function usePresence<Info = MemberInfo, S = PresenceSnapshot<Info>>(
  name: MaybeRefOrGetter<string | null>,
  selector: (snapshot: PresenceSnapshot<Info>) => S,
  isEqual?: (a: S, b: S) => boolean,
): Readonly<ShallowRef<S>>
export function usePresence<S>(
  name: MaybeRefOrGetter<string | null>,
  selector?: (snapshot: PresenceSnapshot) => S,
  isEqual?: (a: S, b: S) => boolean,
): Readonly<ShallowRef<S>> {
  const kit = injectKit('usePresence')
  // A bad or non-presence name is state (status 'error'), never a throw.
  return useStore(() => presenceStore(kit, toValue(name)), selector, isEqual)
}
