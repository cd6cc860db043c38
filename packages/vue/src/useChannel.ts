import type { ChannelSnapshot, EventsOf } from '@channelkit/core'
import { type ChannelActions, channelStore } from '@channelkit/core/adapter'
import { type MaybeRefOrGetter, toValue } from 'vue'
import { useChannelActions } from './useChannelActions'
import { injectKit } from './usePusher'
import { type StoreRefs, useStoreRefs } from './useStoreRefs'
import { renderPhase } from './watchLive'

export interface UseChannelOptions {
  /** `false` holds off the subscription, like a `null` name. Default true. */
  enabled?: MaybeRefOrGetter<boolean>
}

export type UseChannelResult<Events extends Record<string, unknown> = Record<string, unknown>> =
  StoreRefs<ChannelSnapshot> & Pick<ChannelActions<Events>, 'trigger' | 'retry'>

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
  const enabled = () => toValue(options?.enabled) !== false
  const active = () => (enabled() ? toValue(name) : null)
  const state = useStoreRefs(() => channelStore(kit, toValue(name), { enabled: enabled() }))
  return { ...state, ...useChannelActions(kit, renderPhase(), active, 'useChannel') }
}
