import type { Notification } from '../types'
import { flag, type PartProps, part, root } from './anatomy'
import { defaultUI, type UIContext } from './config'
import { formatLabel } from './format'
import type { NotificationLabels } from './labels'
import { notificationSeverity, notificationText, type Severity } from './notificationText'

export interface LiveNotificationsInput<T = unknown> {
  queued?: number
  paused?: boolean
  labels?: Partial<NotificationLabels> | undefined
  /** App-wide settings (locale, direction, labels). */
  ui?: UIContext | undefined
  /** A notification's severity; default: its data's `severity` field. */
  severity?: ((notification: Notification<T>) => Severity | undefined) | undefined
}

export interface LiveNotificationsAnatomy<T = unknown> {
  /** The default content of a toast: its title and message. */
  content(notification: Notification<T>): { title: string; message: string }
  /** The severity of a toast, if it has one (info, success, warning, error). */
  severity(notification: Notification<T>): Severity | undefined
  /** The word screen readers hear before a toast of a severity ("Error"), '' without one. */
  severityText(notification: Notification<T>): string
  /** What the announcer says for a toast: its severity word, then `text`. */
  announcement(notification: Notification<T>, text: string): string
  /** The text of the queue line ('' when nothing waits). */
  queueText: string
  /** A labelled region; hover and focus inside pause the timers. */
  rootProps: PartProps
  /** The list; focus moves here when a focused toast goes away. */
  listProps: PartProps
  /**
   * Each toast is focusable, so Escape can dismiss it. A `leaving` toast (playing its exit animation) is
   * hidden from assistive technology and out of the tab order; renderers also make it inert.
   */
  toastProps(notification: Notification<T>, leaving?: boolean): PartProps
  /** The severity icon (decorative). */
  iconProps: PartProps
  /** The severity word before the content, visually hidden. */
  severityProps: PartProps
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
export function liveNotifications<T = unknown>({
  queued = 0,
  paused = false,
  labels: overrides,
  ui = defaultUI,
  severity: severityOf,
}: LiveNotificationsInput<T>): LiveNotificationsAnatomy<T> {
  const labels = { ...ui.labels.notifications, ...overrides }
  const severity = (notification: Notification<T>) =>
    severityOf ? severityOf(notification) : notificationSeverity(notification.data)
  const severityText = (notification: Notification<T>) => {
    const value = severity(notification)
    return value ? labels[value] : ''
  }
  return {
    content: (notification) => notificationText(notification.data),
    severity,
    severityText,
    announcement: (notification, text) => {
      const word = severityText(notification)
      return word && text ? `${word}: ${text}` : text
    },
    queueText: queued > 0 ? formatLabel(labels.queued, [queued], { count: queued }, ui.locale) : '',
    rootProps: root('live-notifications', {
      dir: ui.dir,
      'data-ck-paused': flag(paused),
      'aria-label': labels.region,
    }),
    listProps: part('ck-live-notifications-list', 'list', { tabindex: -1 }),
    toastProps: (notification, leaving = false) =>
      part('ck-toast', 'toast', {
        'data-ck-id': notification.id,
        'data-ck-severity': severity(notification),
        'data-ck-state': leaving ? 'closed' : 'open',
        tabindex: leaving ? -1 : 0,
        'aria-hidden': leaving ? 'true' : undefined,
      }),
    iconProps: part('ck-toast-icon', 'icon', { 'aria-hidden': 'true' }),
    severityProps: part('ck-toast-severity', 'severity'),
    contentProps: part('ck-toast-content', 'content'),
    titleProps: part('ck-toast-title', 'title'),
    messageProps: part('ck-toast-message', 'message'),
    actionProps: part('ck-toast-action', 'action', { type: 'button' }),
    dismissProps: part('ck-toast-dismiss', 'dismiss', { type: 'button', 'aria-label': labels.dismiss }),
    queueProps: part('ck-live-notifications-queue', 'queue'),
    announcerProps: { role: 'status', 'data-ck-part': 'announcer' },
  }
}
