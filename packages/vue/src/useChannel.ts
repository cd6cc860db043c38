import {
  type ChannelSnapshot,
  type EventsOf,
  initialChannelSnapshot,
  isChannelKitError,
} from '@channelkit/core'
import { type MaybeRefOrGetter, toValue } from 'vue'
import { attempt } from './attempt'
import { staticStore } from './staticStore'
import { useChannelActions } from './useChannelActions'
import type { ClientTrigger } from './useClientTrigger'
import { injectKit } from './usePusher'
import { type StoreRefs, useStoreRefs } from './useStoreRefs'
import { renderPhase } from './watchLive'

export interface UseChannelOptions {
  /** `false` holds off the subscription, like a `null` name. Default true. */
  enabled?: MaybeRefOrGetter<boolean>
}

export type UseChannelResult<Events extends Record<string, unknown> = Record<string, unknown>> =
  StoreRefs<ChannelSnapshot> & {
    /** Send a client event (private and presence channels). */
    trigger: ClientTrigger<Events>
    /** Re-attempt a subscription that ended in `error` (e.g. after the auth endpoint healed). */
    retry(): void
  }

/**
 * Subscribes to `name` while the scope lives and returns its state as refs (`status`, `error`,
 * `subscriptionCount`…) with `trigger` and `retry`. A new name swaps the channel; `null` waits.
 */
export function useChannel<C extends string>(
  name: MaybeRefOrGetter<C | null>,
  options?: UseChannelOptions,
): UseChannelResult<EventsOf<C>>
export function useChannel<Events extends Record<string, unknown>>(
  name: MaybeRefOrGetter<string | null>,
  options?: UseChannelOptions,
): UseChannelResult<Events>
export function useChannel(
  name: MaybeRefOrGetter<string | null>,
  options?: UseChannelOptions,
): UseChannelResult {
  const kit = injectKit('useChannel')
  const active = () => (toValue(options?.enabled) === false ? null : toValue(name))
  const state = useStoreRefs(() => {
    const channel = active()
    if (channel === null) return staticStore(initialChannelSnapshot(toValue(name) ?? ''))
    const store = attempt(() => kit.channelStore(channel))
    if (!isChannelKitError(store)) return store
    // A bad name is state, like a refused subscription.
    const error = { type: store.code, error: store.message, status: undefined }
    return staticStore<ChannelSnapshot>({ ...initialChannelSnapshot(channel), status: 'error', error })
  })
  return { ...state, ...useChannelActions(kit, renderPhase(), active, 'useChannel') }
}
