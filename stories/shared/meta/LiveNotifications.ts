import { fn } from 'storybook/test'
import { notification } from '../fixtures'
import { hostileActionLabel, hostileNotifications } from '../hostile'
import { componentDocs, storyDocs } from './docs'

/** The data of CustomTemplate's notification, which each kit shows with its own template. */
export interface Invoice {
  title: string
  message: string
  amount: number
}

const deploy = notification({ title: 'Deploy finished', message: 'main is live on production' })
const comment = notification({ title: 'New comment', message: 'Bob: looks great, ship it!' })
const plain = notification('Carol joined the room')
const severities = [
  notification({ title: 'Heads up', message: 'Maintenance tonight at 22:00', severity: 'info' }),
  notification({ title: 'Deploy finished', message: 'main is live on production', severity: 'success' }),
  notification({ title: 'Quota at 90%', message: 'Upgrade before Friday', severity: 'warning' }),
  notification({ title: 'Build failed', message: '3 tests failed on main', severity: 'error' }),
]
const invoice = notification<Invoice>({
  title: 'Invoice paid',
  message: '$1,200.00 from ACME Corp.',
  amount: 1200,
})

/** The meta of the LiveNotifications stories, React and Vue alike, but for title, component and frame. */
export const liveNotificationsMeta = {
  args: { notifications: [deploy], onDismiss: fn(), onPause: fn(), onResume: fn() },
  parameters: componentDocs(
    'A toast stack. `LiveNotifications` (connected: `channel` + `event`) queues events, shows `max` at once and dismisses after `duration`, pausing on hover and focus. A `severity` (info, success, warning, error) in the data colours the toast and is said first; a dismissed toast fades out, at once under reduced motion.',
  ),
} as const

/**
 * Each LiveNotifications story by export name, but for its name. CustomTemplate leaves out the template:
 * a render prop in React, a slot in Vue.
 */
export const liveNotificationsStories = {
  Severities: {
    args: { notifications: severities },
    parameters: storyDocs('`severity` in the data: info, success, warning, error.'),
  },
  MessageOnly: { args: { notifications: [plain] } },
  Queue: { args: { notifications: [deploy, comment, plain], queued: 4 } },
  Paused: { args: { notifications: [deploy, comment], paused: true } },
  WithAction: { args: { notifications: [comment], action: () => ({ label: 'Reply', onAction: () => {} }) } },
  CustomTemplate: { args: { notifications: [invoice] } },
  UntrustedText: {
    args: {
      notifications: [notification({ title: '<img src=x onerror=alert(1)>', message: '<b>not bold</b>' })],
    },
  },
} as const

export const hostileLiveNotificationsMeta = {
  args: {
    notifications: hostileNotifications.map(notification),
    action: () => ({ label: hostileActionLabel, onAction: () => {} }),
    onDismiss: fn(),
  },
} as const

export const hostileLiveNotificationsStories = {
  HostileContent: {
    parameters: storyDocs(
      'Titles, messages and an action label with markup, script, 500 unbroken characters, RTL and emoji: they wrap.',
    ),
  },
} as const
