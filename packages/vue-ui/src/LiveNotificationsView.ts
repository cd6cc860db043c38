import type { Notification } from '@channelkit/core'
import {
  afterExit,
  createAnnouncer,
  createExitList,
  createPauseTracker,
  type ExitEntry,
  type LiveNotificationsAnatomy,
  liveNotifications,
  type NotificationLabels,
  notificationText,
  type PauseChange,
  type Severity,
  visuallyHidden,
} from '@channelkit/core/ui'
import { defineComponent, h, onUpdated, type PropType, ref, type SlotsType } from 'vue'
import { useChannelKitUI } from './channelKitUI'

/** A button on a notification; the notification is dismissed after `onAction`. */
export interface NotificationAction {
  label: string
  onAction: () => void
}

/** Turns a notification into its action button, if it has one. */
export type NotificationActionFor = (notification: Notification) => NotificationAction | null | undefined

export type NotificationSlots = SlotsType<{
  /** Replaces the default content (title and message) of each notification. */
  notification: { notification: Notification; dismiss: () => void }
}>

const defaultAnnounce = (notification: Notification) => notificationText(notification.data).announcement

/**
 * A toast stack: a labelled region with a list; each toast is focusable, Escape or the × button
 * dismisses it, hover and focus pause the timers, a hidden status region announces new ones, and a
 * dismissed toast plays its exit animation (none under `prefers-reduced-motion`) before it goes.
 */
export const LiveNotificationsView = /* @__PURE__ */ defineComponent({
  name: 'LiveNotificationsView',
  props: {
    /** The visible notifications, oldest first (core's `visible`). */
    notifications: { type: Array as PropType<readonly Notification[]>, required: true },
    /** How many wait in the queue. */
    queued: { type: Number, default: 0 },
    /** Whether the auto-dismiss timers are paused (sets `data-ck-paused`). */
    paused: Boolean,
    /** An optional action button per notification. */
    action: Function as PropType<NotificationActionFor>,
    /** What screen readers hear for a new notification. Default: its title and message. */
    announce: Function as PropType<(notification: Notification) => string>,
    /** Each notification's severity (info, success, warning, error). Default: its data's `severity` field. */
    severity: Function as PropType<(notification: Notification) => Severity | undefined>,
    /** Strings over the app-wide ones: `region`, `dismiss`, `queued`, and one per severity. */
    labels: Object as PropType<Partial<NotificationLabels>>,
  },
  /** `pause` when the pointer or focus enters the stack, `resume` when both have left. */
  emits: { dismiss: (id: string) => typeof id === 'string', pause: () => true, resume: () => true },
  slots: Object as NotificationSlots,
  setup(props, { emit, slots }) {
    const config = useChannelKitUI()
    const tracker = createPauseTracker()
    const announcer = createAnnouncer<Notification>()
    const exits = createExitList<Notification>()
    const finished = ref(0)
    const list = ref<HTMLOListElement>()
    let entries: readonly ExitEntry<Notification>[] = []

    onUpdated(() => {
      for (const entry of entries) {
        if (!entry.leaving) continue
        const toast = list.value?.querySelector(`[data-ck-id="${CSS.escape(entry.item.id)}"]`)
        if (!toast) continue
        afterExit(toast, () => {
          if (exits.finish(entry.item.id)) finished.value++
        })
      }
    })

    const apply = (change: PauseChange) => {
      if (change === 'pause') emit('pause')
      else if (change === 'resume') emit('resume')
    }
    const dismiss = (id: string, toast: Element | null) => {
      // Keep focus in the stack instead of losing it with the removed toast.
      if (toast?.contains(document.activeElement)) list.value?.focus()
      emit('dismiss', id)
    }

    const toast = (
      { item: notification, leaving }: ExitEntry<Notification>,
      ui: LiveNotificationsAnatomy,
    ) => {
      const { title, message } = ui.content(notification)
      const button = props.action?.(notification)
      const severityText = ui.severityText(notification)
      return h(
        'li',
        {
          key: notification.id,
          ...ui.toastProps(notification, leaving),
          inert: leaving ? true : undefined,
          onKeydown: (event: KeyboardEvent) => {
            if (event.key !== 'Escape') return
            event.stopPropagation()
            dismiss(notification.id, event.currentTarget as Element)
          },
        },
        [
          severityText ? h('span', ui.iconProps) : null,
          severityText
            ? h('span', { ...ui.severityProps, style: visuallyHidden }, `${severityText}: `)
            : null,
          h(
            'div',
            ui.contentProps,
            slots.notification
              ? slots.notification({ notification, dismiss: () => emit('dismiss', notification.id) })
              : [
                  title ? h('p', ui.titleProps, title) : null,
                  message ? h('p', ui.messageProps, message) : null,
                ],
          ),
          button
            ? h(
                'button',
                {
                  ...ui.actionProps,
                  onClick: (event: MouseEvent) => {
                    button.onAction()
                    dismiss(notification.id, (event.currentTarget as Element).closest('li'))
                  },
                },
                button.label,
              )
            : null,
          h(
            'button',
            {
              ...ui.dismissProps,
              onClick: (event: MouseEvent) =>
                dismiss(notification.id, (event.currentTarget as Element).closest('li')),
            },
            [h('span', { 'aria-hidden': 'true' }, '×')],
          ),
        ],
      )
    }

    return () => {
      void finished.value // re-render when an exit animation is over
      const ui = liveNotifications({
        queued: props.queued,
        paused: props.paused,
        labels: props.labels,
        severity: props.severity,
        ui: config.value,
      })
      const announce = props.announce ?? defaultAnnounce
      const announcement = announcer(props.notifications, (n) => ui.announcement(n, announce(n)))
      entries = exits.update(props.notifications)
      return h(
        'section',
        {
          ...ui.rootProps,
          onMouseenter: () => apply(tracker.set('hover', true)),
          onMouseleave: () => apply(tracker.set('hover', false)),
          onFocusin: () => apply(tracker.set('focus', true)),
          onFocusout: (event: FocusEvent) => {
            if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null))
              apply(tracker.set('focus', false))
          },
        },
        [
          h(
            'ol',
            { ref: list, ...ui.listProps },
            entries.map((entry) => toast(entry, ui)),
          ),
          ui.queueText ? h('p', ui.queueProps, ui.queueText) : null,
          h('div', { ...ui.announcerProps, style: visuallyHidden }, announcement),
        ],
      )
    }
  },
})
