import { usePresence } from '@channelkit/react'
import type { ReactNode } from 'react'
import { OnlineUsersView, type OnlineUsersViewProps } from './OnlineUsersView'

export interface OnlineUsersProps extends Omit<OnlineUsersViewProps, 'members' | 'me' | 'status' | 'stale'> {
  /** A presence channel (`presence-…`). */
  channel: string
}

/** Who is online on a presence channel, subscribed while mounted; stale (greyed, announced) while reconnecting. */
export function OnlineUsers({ channel, ...view }: OnlineUsersProps): ReactNode {
  const { members, me, status, stale } = usePresence(channel)
  return <OnlineUsersView {...view} members={members} me={me?.id} status={status} stale={stale} />
}
