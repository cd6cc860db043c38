import {
  type ChannelSnapshot,
  type EventsOf,
  initialChannelSnapshot,
  isChannelKitError,
} from '@channelkit/core'
import { useMemo } from 'react'
import { attempt } from './attempt'
import { useKit } from './context'
import { staticStore } from './staticStore'
import { useChannelActions } from './useChannelActions'
import type { ClientTrigger } from './useClientTrigger'
import { useStore } from './useStore'

export interface UseChannelOptions {
  /** `false` holds off the subscription, like a `null` name. Default true. */
  enabled?: boolean
}

export interface UseChannelResult<Events extends Record<string, unknown> = Record<string, unknown>>
  extends ChannelSnapshot {
  /** Send a client event (private and presence channels). */
  trigger: ClientTrigger<Events>
  /** Re-attempt a subscription that ended in `error` (e.g. after the auth endpoint healed). */
  retry(): void
}

/**
 * Subscribes to `name` while mounted and returns its state (`status`, `error`, `subscriptionCount`…)
 * with `trigger` and `retry`. `null` subscribes to nothing yet.
 */
export function useChannel<C extends string>(
  name: C | null,
  options?: UseChannelOptions,
): UseChannelResult<EventsOf<C>>
export function useChannel<Events extends Record<string, unknown>>(
  name: string | null,
  options?: UseChannelOptions,
): UseChannelResult<Events>
export function useChannel(name: string | null, options?: UseChannelOptions): UseChannelResult {
  const kit = useKit('useChannel')
  const active = options?.enabled === false ? null : name
  const store = useMemo(() => {
    if (active === null) return staticStore(initialChannelSnapshot(name ?? ''))
    const store = attempt(() => kit.channelStore(active))
    if (!isChannelKitError(store)) return store
    // A bad name is state, like a refused subscription.
    const error = { type: store.code, error: store.message, status: undefined }
    return staticStore<ChannelSnapshot>({ ...initialChannelSnapshot(active), status: 'error', error })
  }, [kit, active, name])
  const snapshot = useStore(store)
  const { trigger, retry } = useChannelActions(kit, active, 'useChannel')
  return useMemo(() => ({ ...snapshot, trigger, retry }), [snapshot, trigger, retry])
}
