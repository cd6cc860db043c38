import type { ChannelStatus } from '../types'

export type OnlineUsersState = 'loading' | 'empty' | 'error' | 'ready'

/** What an online-users list shows: members once there are any, else loading, empty or error. */
export function onlineUsersState(status: ChannelStatus, count: number): OnlineUsersState {
  if (status === 'error') return 'error'
  if (count > 0) return 'ready'
  return status === 'subscribed' ? 'empty' : 'loading'
}
