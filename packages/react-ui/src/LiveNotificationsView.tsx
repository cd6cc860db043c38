import {
  createAnnouncer,
  createPauseTracker,
  defaultLabels,
  type Notification,
  type NotificationLabels,
  notificationText,
  type PauseChange,
  visuallyHidden,
} from '@channelkit/core'
import { type FocusEvent, type ReactNode, useRef, useState } from 'react'
import { cx } from './cx'

/** A button on a notification; the notification is dismissed after `onAction`. */
export interface NotificationAction {
  label: string
  onAction: () => void
}

export interface LiveNotificationsViewProps<T = unknown> {
  /** The visible notifications, oldest first (core's `visible`). */
  notifications: readonly Notification<T>[]
  /** How many wait in the queue. */
  queued?: number
  /** Whether the auto-dismiss timers are paused (sets `data-ck-paused`). */
  paused?: boolean
  onDismiss?: (id: string) => void
  /** Called when the pointer enters or focus moves into the stack. */
  onPause?: () => void
  /** Called when both pointer and focus have left the stack. */
  onResume?: () => void
  /** An optional action button per notification. */
  action?: (notification: Notification<T>) => NotificationAction | null | undefined
  /** Replaces the default content (title and message) of each notification. */
  renderNotification?: (notification: Notification<T>, helpers: { dismiss: () => void }) => ReactNode
  /** What screen readers hear for a new notification. Default: its title and message. */
  announce?: (notification: Notification<T>) => string
  labels?: Partial<NotificationLabels>
  className?: string
}

const defaultAnnounce = (notification: Notification<unknown>) =>
  notificationText(notification.data).announcement

/**
 * A toast stack: a labelled region with a list; each toast is focusable, Escape or the × button
 * dismisses it, hover and focus pause the timers, and a hidden status region announces new ones.
 */
export function LiveNotificationsView<T = unknown>({
  notifications,
  queued = 0,
  paused = false,
  onDismiss,
  onPause,
  onResume,
  action,
  renderNotification,
  announce = defaultAnnounce,
  labels: overrides,
  className,
}: LiveNotificationsViewProps<T>): ReactNode {
  const labels = { ...defaultLabels.notifications, ...overrides }
  const [tracker] = useState(createPauseTracker)
  const [announcer] = useState(createAnnouncer<Notification<T>>)
  const list = useRef<HTMLOListElement>(null)
  const announcement = announcer(notifications, announce)

  const apply = (change: PauseChange) => {
    if (change === 'pause') onPause?.()
    else if (change === 'resume') onResume?.()
  }
  const dismiss = (id: string, toast: HTMLElement | null) => {
    // Keep focus in the stack instead of losing it with the removed toast.
    if (toast?.contains(document.activeElement)) list.current?.focus()
    onDismiss?.(id)
  }
  const onFocusOut = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) apply(tracker.set('focus', false))
  }

  return (
    <section
      className={cx('ck-live-notifications', className)}
      data-ck-scope="live-notifications"
      data-ck-part="root"
      data-ck-paused={paused ? '' : undefined}
      aria-label={labels.region}
      onMouseEnter={() => apply(tracker.set('hover', true))}
      onMouseLeave={() => apply(tracker.set('hover', false))}
      onFocus={() => apply(tracker.set('focus', true))}
      onBlur={onFocusOut}
    >
      <ol ref={list} className="ck-live-notifications-list" data-ck-part="list" tabIndex={-1}>
        {notifications.map((notification) => {
          const { title, message } = notificationText(notification.data)
          const button = action?.(notification)
          return (
            <li
              key={notification.id}
              className="ck-toast"
              data-ck-part="toast"
              data-ck-id={notification.id}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: toasts are reachable so Escape can dismiss them (as Radix does)
              tabIndex={0}
              onKeyDown={(event) => {
                if (event.key !== 'Escape') return
                event.stopPropagation()
                dismiss(notification.id, event.currentTarget)
              }}
            >
              <div className="ck-toast-content" data-ck-part="content">
                {renderNotification ? (
                  renderNotification(notification, { dismiss: () => onDismiss?.(notification.id) })
                ) : (
                  <>
                    {title && (
                      <p className="ck-toast-title" data-ck-part="title">
                        {title}
                      </p>
                    )}
                    {message && (
                      <p className="ck-toast-message" data-ck-part="message">
                        {message}
                      </p>
                    )}
                  </>
                )}
              </div>
              {button && (
                <button
                  type="button"
                  className="ck-toast-action"
                  data-ck-part="action"
                  onClick={(event) => {
                    button.onAction()
                    dismiss(notification.id, event.currentTarget.closest('li'))
                  }}
                >
                  {button.label}
                </button>
              )}
              <button
                type="button"
                className="ck-toast-dismiss"
                data-ck-part="dismiss"
                aria-label={labels.dismiss}
                onClick={(event) => dismiss(notification.id, event.currentTarget.closest('li'))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          )
        })}
      </ol>
      {queued > 0 && (
        <p className="ck-live-notifications-queue" data-ck-part="queue">
          {labels.queued(queued)}
        </p>
      )}
      <div role="status" data-ck-part="announcer" style={visuallyHidden}>
        {announcement}
      </div>
    </section>
  )
}
