import type { ClientTrigger, EventsOf } from '@channelkit/core'
import type { MaybeRefOrGetter } from 'vue'
import { useChannelActions } from './useChannelActions'
import { injectKit } from './usePusher'
import { renderPhase } from './watchLive'

/**
 * A function that sends client events on a private or presence channel. The scope holds the channel
 * while it lives (a new name swaps it); events sent before the subscription succeeded are queued by core.
 */
export function useClientTrigger<C extends string>(
  channel: MaybeRefOrGetter<C | null>,
): ClientTrigger<EventsOf<C>>
export function useClientTrigger<Events extends Record<string, unknown>>(
  channel: MaybeRefOrGetter<string | null>,
): ClientTrigger<Events>
export function useClientTrigger(channel: MaybeRefOrGetter<string | null>): ClientTrigger {
  // Core validates each event and throws a `ChannelKitError`, sending nothing, on bad input.
  return useChannelActions(injectKit('useClientTrigger'), renderPhase(), channel, 'useClientTrigger').trigger
}
