import type { EventsOf, TriggerResult } from '@channelkit/core'
import { useKit } from './context'
import { useChannelActions } from './useChannelActions'

/** Sends a client event; core validates it and throws a `ChannelKitError`, sending nothing, on bad input. */
export type ClientTrigger<Events extends Record<string, unknown> = Record<string, unknown>> = <
  E extends `client-${string}`,
>(
  event: E,
  // A registered event requires its payload; any other client- event takes any JSON (or none).
  ...data: E extends keyof Events ? [data: Events[E]] : [data?: unknown]
) => TriggerResult

/**
 * A stable function that sends client events on a private or presence channel. The component holds
 * the channel while mounted; events sent before the subscription succeeded are queued by core.
 */
export function useClientTrigger<C extends string>(channel: C | null): ClientTrigger<EventsOf<C>>
export function useClientTrigger<Events extends Record<string, unknown>>(
  channel: string | null,
): ClientTrigger<Events>
export function useClientTrigger(channel: string | null): ClientTrigger {
  return useChannelActions(useKit('useClientTrigger'), channel, 'useClientTrigger').trigger
}
