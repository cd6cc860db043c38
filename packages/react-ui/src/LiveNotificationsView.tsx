import type { Notification } from '@channelkit/core'
import {
  afterExit,
  createAnnouncer,
  createExitList,
  createPauseTracker,
  liveNotifications,
  type NotificationLabels,
  notificationText,
  type PauseChange,
  reactProps,
  type Severity,
  visuallyHidden,
} from '@channelkit/core/ui'
import {
  type FocusEvent,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  version,
} from 'react'
import { useChannelKitUI } from './ChannelKitUIProvider'
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
  /** Each notification's severity (info, success, warning, error). Default: its data's `severity` field. */
  severity?: (notification: Notification<T>) => Severity | undefined
  /** Strings over the app-wide ones: `region`, `dismiss`, `queued`, and one per severity. */
  labels?: Partial<NotificationLabels>
  /** Added to the root element's classes. */
  className?: string
}

const defaultAnnounce = (notification: Notification<unknown>) =>
  notificationText(notification.data).announcement
// React 19 takes `inert` as a boolean; React 18 passes it on as an attribute, present when ''.
// React 18 warns about layout effects in a server render; there is nothing to measure there anyway.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect
const inert = (Number.parseInt(version, 10) >= 19 ? { inert: true } : { inert: '' }) as { inert?: boolean }

/**
 * A toast stack: a labelled region with a list; each toast is focusable, Escape or the × button
 * dismisses it, hover and focus pause the timers, a hidden status region announces new ones, and a
 * dismissed toast plays its exit animation (none under `prefers-reduced-motion`) before it goes.
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
  severity,
  labels,
  className,
}: LiveNotificationsViewProps<T>): ReactNode {
  const ui = liveNotifications<T>({ queued, paused, labels, severity, ui: useChannelKitUI() })
  const [tracker] = useState(createPauseTracker)
  const [announcer] = useState(createAnnouncer<Notification<T>>)
  const [exits] = useState(createExitList<Notification<T>>)
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const list = useRef<HTMLOListElement>(null)
  const entries = exits.update(notifications)
  const announcement = announcer(notifications, (n) => ui.announcement(n, announce(n)))

  useBrowserLayoutEffect(() => {
    for (const entry of entries) {
      if (!entry.leaving) continue
      const toast = list.current?.querySelector(`[data-ck-id="${CSS.escape(entry.item.id)}"]`)
      if (!toast) continue
      afterExit(toast, () => {
        if (exits.finish(entry.item.id)) rerender()
      })
    }
  }, [entries, exits])

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
    // biome-ignore lint/a11y/noStaticElementInteractions: a labelled region (aria-label in rootProps); hover and focus only pause timers
    <section
      {...reactProps(ui.rootProps)}
      className={cx(ui.rootProps.class as string, className)}
      onMouseEnter={() => apply(tracker.set('hover', true))}
      onMouseLeave={() => apply(tracker.set('hover', false))}
      onFocus={() => apply(tracker.set('focus', true))}
      onBlur={onFocusOut}
    >
      <ol ref={list} {...reactProps(ui.listProps)}>
        {entries.map(({ item: notification, leaving }) => {
          const { title, message } = ui.content(notification)
          const button = action?.(notification)
          const severityText = ui.severityText(notification)
          return (
            <li
              key={notification.id}
              {...reactProps(ui.toastProps(notification, leaving))}
              {...(leaving ? inert : {})}
              onKeyDown={(event) => {
                if (event.key !== 'Escape') return
                event.stopPropagation()
                dismiss(notification.id, event.currentTarget)
              }}
            >
              {severityText && (
                <>
                  <span {...reactProps(ui.iconProps)} />
                  <span {...reactProps(ui.severityProps)} style={visuallyHidden}>
                    {`${severityText}: `}
                  </span>
                </>
              )}
              <div {...reactProps(ui.contentProps)}>
                {renderNotification ? (
                  renderNotification(notification, { dismiss: () => onDismiss?.(notification.id) })
                ) : (
                  <>
                    {title && <p {...reactProps(ui.titleProps)}>{title}</p>}
                    {message && <p {...reactProps(ui.messageProps)}>{message}</p>}
                  </>
                )}
              </div>
              {button && (
                <button
                  {...reactProps(ui.actionProps)}
                  type="button"
                  onClick={(event) => {
                    button.onAction()
                    dismiss(notification.id, event.currentTarget.closest('li'))
                  }}
                >
                  {button.label}
                </button>
              )}
              <button
                {...reactProps(ui.dismissProps)}
                type="button"
                onClick={(event) => dismiss(notification.id, event.currentTarget.closest('li'))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          )
        })}
      </ol>
      {ui.queueText && <p {...reactProps(ui.queueProps)}>{ui.queueText}</p>}
      <div {...reactProps(ui.announcerProps)} style={visuallyHidden}>
        {announcement}
      </div>
    </section>
  )
}
