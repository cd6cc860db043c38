import type { NotificationOptions } from '@channelkit/core'
import { useNotifications } from '@channelkit/react'
import type { ReactNode } from 'react'
import { LiveNotificationsView, type LiveNotificationsViewProps } from './LiveNotificationsView'

export interface LiveNotificationsProps<T = unknown>
  extends Omit<
      LiveNotificationsViewProps<T>,
      'notifications' | 'queued' | 'paused' | 'onDismiss' | 'onPause' | 'onResume'
    >,
    NotificationOptions<T> {
  /** The channel to listen on. */
  channel: string
  /** The event that creates a notification; null for every event of the channel. */
  event: string | null
}

/** Toasts from an event: at most `max` visible, the rest queued, each dismissed after `duration` ms. */
export function LiveNotifications<T = unknown>({
  channel,
  event,
  max,
  duration,
  map,
  ...view
}: LiveNotificationsProps<T>): ReactNode {
  const queue = useNotifications<T>(channel, event, { max, duration, map })
  return (
    <LiveNotificationsView<T>
      {...view}
      notifications={queue.visible}
      queued={queue.queued.length}
      paused={queue.paused}
      onDismiss={queue.dismiss}
      onPause={queue.pause}
      onResume={queue.resume}
    />
  )
}
