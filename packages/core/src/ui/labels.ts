import type { ConnectionState } from '../types'

/** Strings of `OnlineUsers`. Functions get the number they talk about, for plurals. */
export interface OnlineUsersLabels {
  /** Accessible name of the group. */
  count(count: number): string
  /** After the current user's name. */
  you: string
  empty: string
  loading: string
  error: string
  /** Text of the overflow button. */
  more(hidden: number): string
  /** Accessible name of the overflow button. */
  moreLabel(hidden: number): string
  /** Accessible name of the overflow list. */
  moreList: string
}

/** Strings of `TypingIndicator`. Names are already resolved (`someone` for a typist without one). */
export interface TypingLabels {
  someone: string
  one(name: string): string
  two(first: string, second: string): string
  three(first: string, second: string, third: string): string
  many(first: string, second: string, others: number): string
}

/** Strings of `LiveNotifications`. */
export interface NotificationLabels {
  /** Accessible name of the region. */
  region: string
  /** Accessible name of each dismiss button. */
  dismiss: string
  /** Shown when notifications wait in the queue. */
  queued(count: number): string
}

/** Strings of `ConnectionStatus`: one per state, plus the retry button. */
export type ConnectionLabels = Record<ConnectionState, string> & { retry: string }

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`)

/** The default (English) strings of every UI component; components merge a partial `labels` prop over these. */
export const defaultLabels: {
  onlineUsers: OnlineUsersLabels
  typing: TypingLabels
  notifications: NotificationLabels
  connection: ConnectionLabels
} = {
  onlineUsers: {
    count: (count) => `${people(count)} online`,
    you: '(you)',
    empty: 'Nobody is online',
    loading: 'Connecting…',
    error: 'Could not load who is online',
    more: (hidden) => `+${hidden}`,
    moreLabel: (hidden) => `${people(hidden)} more`,
    moreList: 'More people online',
  },
  typing: {
    someone: 'Someone',
    one: (name) => `${name} is typing…`,
    two: (first, second) => `${first} and ${second} are typing…`,
    three: (first, second, third) => `${first}, ${second} and ${third} are typing…`,
    many: (first, second, others) => `${first}, ${second} and ${others} others are typing…`,
  },
  notifications: {
    region: 'Notifications',
    dismiss: 'Dismiss notification',
    queued: (count) => `${count} more`,
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
