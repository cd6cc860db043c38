import type { ClientTrigger, EventsOf } from '@channelkit/core'
import { useKit } from './context'
import { useChannelActions } from './useChannelActions'

/**
 * A stable function that sends client events on a private or presence channel. The component holds
 * the channel while mounted; events sent before the subscription succeeded are queued by core.
 */
export function useClientTrigger<C extends string>(channel: C | null): ClientTrigger<EventsOf<C>>
export function useClientTrigger<Events extends Record<string, unknown>>(
  channel: string | null,
): ClientTrigger<Events>
export function useClientTrigger(channel: string | null): ClientTrigger {
  // Core validates each event and throws a `ChannelKitError`, sending nothing, on bad input.
  return useChannelActions(useKit('useClientTrigger'), channel, 'useClientTrigger').trigger
}
