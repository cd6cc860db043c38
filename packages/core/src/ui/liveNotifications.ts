import type { Notification } from '../types'
import { flag, type PartProps, part, root } from './anatomy'
import { defaultLabels, type NotificationLabels } from './labels'
import { notificationText } from './notificationText'

export interface LiveNotificationsInput {
  queued?: number
  paused?: boolean
  labels?: Partial<NotificationLabels> | undefined
}

export interface LiveNotificationsAnatomy {
  labels: NotificationLabels
  /** The default content of a toast: its title and message. */
  content(notification: Notification<unknown>): { title: string; message: string }
  /** The text of the queue line ('' when nothing waits). */
  queueText: string
  /** A labelled region; hover and focus inside pause the timers. */
  rootProps: PartProps
  /** The list; focus moves here when a focused toast goes away. */
  listProps: PartProps
  /** Each toast is focusable, so Escape can dismiss it. */
  toastProps(notification: Notification<unknown>): PartProps
  contentProps: PartProps
  titleProps: PartProps
  messageProps: PartProps
  actionProps: PartProps
  dismissProps: PartProps
  queueProps: PartProps
  /** A status region, visually hidden, that announces each new toast once. */
  announcerProps: PartProps
}

/** Everything `LiveNotifications` renders, for any renderer. */
export function liveNotifications({
  queued = 0,
  paused = false,
  labels: overrides,
}: LiveNotificationsInput): LiveNotificationsAnatomy {
  const labels = { ...defaultLabels.notifications, ...overrides }
  return {
    labels,
    content: (notification) => notificationText(notification.data),
    queueText: queued > 0 ? labels.queued(queued) : '',
    rootProps: root('live-notifications', { 'data-ck-paused': flag(paused), 'aria-label': labels.region }),
    listProps: part('ck-live-notifications-list', 'list', { tabindex: -1 }),
    toastProps: (notification) => part('ck-toast', 'toast', { 'data-ck-id': notification.id, tabindex: 0 }),
    contentProps: part('ck-toast-content', 'content'),
    titleProps: part('ck-toast-title', 'title'),
    messageProps: part('ck-toast-message', 'message'),
    actionProps: part('ck-toast-action', 'action', { type: 'button' }),
    dismissProps: part('ck-toast-dismiss', 'dismiss', { type: 'button', 'aria-label': labels.dismiss }),
    queueProps: part('ck-live-notifications-queue', 'queue'),
    announcerProps: { role: 'status', 'data-ck-part': 'announcer' },
  }
}
