import type { MemberInfo, PresenceSnapshot } from '@channelkit/core'
import { presenceStore } from '@channelkit/core/adapter'
import { useMemo } from 'react'
import { useKit } from './context'
import { useStore } from './useStore'

/**
 * The roster of a presence channel (`{ status, me, members, byId, count }`), subscribed while mounted,
 * or the slice `selector` picks: the component re-renders only when that slice changes (`isEqual`,
 * default `shallowEqual`, as in Vue: `s => ({ count: s.count, me: s.me })` is fine). `null` waits.
 */
export function usePresence<Info = MemberInfo>(name: string | null): PresenceSnapshot<Info>
export function usePresence<Info = MemberInfo, S = PresenceSnapshot<Info>>(
  name: string | null,
  selector: (snapshot: PresenceSnapshot<Info>) => S,
  isEqual?: (a: S, b: S) => boolean,
): S
export function usePresence<S>(
  name: string | null,
  selector?: (snapshot: PresenceSnapshot) => S,
  isEqual?: (a: S, b: S) => boolean,
): S | PresenceSnapshot {
  const kit = useKit('usePresence')
  // A bad or non-presence name is state (status 'error'), never a throw during render.
  const store = useMemo(() => presenceStore(kit, name), [kit, name])
  return useStore(store, selector, isEqual)
}
