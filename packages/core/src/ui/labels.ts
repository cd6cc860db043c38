import type { ConnectionState } from '../types'
import type { Label, Template } from './format'

/**
 * Strings of `OnlineUsers`. Labels with a number take it as `{count}` (or `#` in plural forms); in client
 * code they may be functions of it instead.
 */
export interface OnlineUsersLabels {
  /** Accessible name of the group: `{ one: '# person online', other: '# people online' }`. */
  count: Label<[count: number]>
  /** After the current user's name. */
  you: string
  empty: string
  loading: string
  error: string
  /** Said to assistive technology, and shown as a tooltip, while the roster is not live (reconnecting). */
  stale: string
  /** Text of the overflow button: `'+{count}'`. */
  more: Label<[count: number]>
  /** Accessible name of the overflow button. */
  moreLabel: Label<[count: number]>
  /** Accessible name of the overflow list. */
  moreList: string
}

/** Strings of `TypingIndicator`. Names are already resolved (`someone` for a typist without one). */
export interface TypingLabels {
  someone: string
  /** `'{name} is typing…'` */
  one: Label<[name: string]>
  /** `'{first} and {second} are typing…'` */
  two: Label<[first: string, second: string]>
  /** `'{first}, {second} and {third} are typing…'` */
  three: Label<[first: string, second: string, third: string]>
  /** Four or more: `'{first}, {second} and {count} others are typing…'` */
  many: Label<[first: string, second: string, count: number]>
}

/** Strings of `LiveNotifications`. */
export interface NotificationLabels {
  /** Accessible name of the region. */
  region: string
  /** Accessible name of each dismiss button. */
  dismiss: string
  /** Shown when notifications wait in the queue: `'{count} more'`. */
  queued: Label<[count: number]>
  /** Said before a toast of each severity (the colour and icon say it to the eye). */
  info: string
  success: string
  warning: string
  error: string
}

/** Strings of `ConnectionStatus`: one per state, plus the retry button. */
export type ConnectionLabels = Record<ConnectionState, string> & { retry: string }

/** Every string of the UI kit, by component. */
export interface Labels {
  onlineUsers: OnlineUsersLabels
  typing: TypingLabels
  notifications: NotificationLabels
  connection: ConnectionLabels
}

/** Some strings of some components, merged over the defaults (or over a locale's strings). */
export type LabelOverrides = { [K in keyof Labels]?: Partial<Labels[K]> }

/**
 * Labels as plain data: every label a string or plural forms, never a function. What locale packs are, and
 * what a React Server Component can pass to `ChannelKitUIProvider`.
 */
export type Translation = {
  [K in keyof Labels]: { [L in keyof Labels[K]]: Labels[K][L] extends string ? string : Template }
}

/** The default (English) strings of every UI component, as templates. */
export const defaultLabels: Translation = {
  onlineUsers: {
    count: { one: '# person online', other: '# people online' },
    you: '(you)',
    empty: 'Nobody is online',
    loading: 'Connecting…',
    error: 'Could not load who is online',
    stale: 'Reconnecting: this list may be out of date',
    more: '+{count}',
    moreLabel: { one: '# person more', other: '# people more' },
    moreList: 'More people online',
  },
  typing: {
    someone: 'Someone',
    one: '{name} is typing…',
    two: '{first} and {second} are typing…',
    three: '{first}, {second} and {third} are typing…',
    many: '{first}, {second} and {count} others are typing…',
  },
  notifications: {
    region: 'Notifications',
    dismiss: 'Dismiss notification',
    queued: '{count} more',
    info: 'Information',
    success: 'Success',
    warning: 'Warning',
    error: 'Error',
  },
  connection: {
    initialized: 'Not connected yet',
    connecting: 'Connecting…',
    connected: 'Connected',
    unavailable: 'Connection unavailable',
    failed: 'Connection failed',
    disconnected: 'Disconnected',
    retry: 'Retry',
  },
}

/** `overrides` over `base`, component by component. */
export function mergeLabels(base: Labels, overrides: LabelOverrides | undefined): Labels {
  if (!overrides) return base
  return {
    onlineUsers: { ...base.onlineUsers, ...overrides.onlineUsers },
    typing: { ...base.typing, ...overrides.typing },
    notifications: { ...base.notifications, ...overrides.notifications },
    connection: { ...base.connection, ...overrides.connection },
  }
}
