import type { EventsOf, TriggerResult } from '@channelkit/core'
import type { MaybeRefOrGetter } from 'vue'
import { useChannelActions } from './useChannelActions'
import { injectKit } from './usePusher'
import { renderPhase } from './watchLive'

/** Sends a client event; core validates it and throws a `ChannelKitError`, sending nothing, on bad input. */
export interface ClientTrigger<Events extends Record<string, unknown> = Record<string, unknown>> {
  <E extends keyof Events & `client-${string}`>(event: E, data: Events[E]): TriggerResult
  (event: `client-${string}`, data?: unknown): TriggerResult
}

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
  return useChannelActions(injectKit('useClientTrigger'), renderPhase(), channel, 'useClientTrigger').trigger
}
