import type { Notification, NotificationOptions } from '@channelkit/core'
import type { NotificationLabels, Severity } from '@channelkit/core/ui'
import { useNotifications } from '@channelkit/vue'
import { defineComponent, h, type PropType } from 'vue'
import {
  LiveNotificationsView,
  type NotificationActionFor,
  type NotificationSlots,
} from './LiveNotificationsView'

/** Toasts from an event: at most `max` visible, the rest queued, each dismissed after `duration` ms. */
export const LiveNotifications = /* @__PURE__ */ defineComponent({
  name: 'LiveNotifications',
  props: {
    /** The channel to listen on. */
    channel: { type: String, required: true },
    /** The event that creates a notification; null for every event of the channel. */
    event: { type: String as PropType<string | null>, required: true },
    /** Visible at once (default 3). Read once, like `duration` and `map`. */
    max: Number,
    /** Auto-dismiss delay in ms; 0 = never (default 5000). */
    duration: Number,
    /** Turns an event payload into the notification data, or null to skip it. */
    map: Function as PropType<NotificationOptions['map']>,
    /** An optional action button per notification. */
    action: Function as PropType<NotificationActionFor>,
    /** What screen readers hear for a new notification. */
    announce: Function as PropType<(notification: Notification) => string>,
    /** Each notification's severity (info, success, warning, error). Default: its data's `severity` field. */
    severity: Function as PropType<(notification: Notification) => Severity | undefined>,
    /** Strings over the app-wide ones: `region`, `dismiss`, `queued`, and one per severity. */
    labels: Object as PropType<Partial<NotificationLabels>>,
  },
  slots: Object as NotificationSlots,
  setup(props, { slots }) {
    const queue = useNotifications(
      () => props.channel,
      () => props.event,
      { max: props.max, duration: props.duration, map: props.map },
    )
    return () =>
      h(
        LiveNotificationsView,
        {
          notifications: queue.visible.value,
          queued: queue.queued.value.length,
          paused: queue.paused.value,
          action: props.action,
          announce: props.announce,
          severity: props.severity,
          labels: props.labels,
          onDismiss: queue.dismiss,
          onPause: queue.pause,
          onResume: queue.resume,
        },
        slots,
      )
  },
})
