import type { Member } from '@channelkit/core'
import { type LoggedEvent, logEvent } from './liveChannels'

/**
 * The debug view's lines for a roster change: `pusher:member_added` / `pusher:member_removed`, as the
 * protocol names them. Only between two live rosters: the first one (the subscription) adds nobody.
 */
export function memberChanges(
  channel: string,
  before: readonly Member[] | undefined,
  after: readonly Member[],
): LoggedEvent[] {
  if (!before) return []
  const was = new Set(before.map((m) => m.id))
  const is = new Set(after.map((m) => m.id))
  return [
    ...after.filter((m) => !was.has(m.id)).map((m) => logEvent(channel, 'pusher:member_added', m)),
    ...before.filter((m) => !is.has(m.id)).map((m) => logEvent(channel, 'pusher:member_removed', m)),
  ]
}
