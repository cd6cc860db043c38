/** The channels live stories use; the control panel and the e2e tests talk to the same ones. */
export const liveChannels = {
  presence: 'presence-storybook',
  notifications: 'storybook',
  notificationEvent: 'notification',
} as const

export interface LoggedEvent {
  seq: number
  at: string
  channel: string
  event: string
  data: string
}

let seq = 0
/** One line of the debug view's event log. */
export function logEvent(channel: string, event: string, data: unknown): LoggedEvent {
  seq += 1
  return {
    seq,
    at: new Date().toISOString().slice(11, 23),
    channel,
    event,
    data: JSON.stringify(data) ?? 'undefined',
  }
}
