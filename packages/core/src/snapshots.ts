import type { ChannelKitError } from './errors'
import type {
  ChannelSnapshot,
  ConnectionSnapshot,
  NotificationsSnapshot,
  PresenceSnapshot,
  SubscriptionError,
  TypingSnapshot,
  UserSnapshot,
  WatchlistSnapshot,
} from './types'
import { channelKind, isCacheChannel } from './validation'

/** What a channel looks like before anything happened, and what SSR renders. */
export function initialChannelSnapshot(name: string): ChannelSnapshot {
  const cache = isCacheChannel(name)
  return {
    name,
    kind: channelKind(name),
    cache,
    status: 'unsubscribed',
    error: undefined,
    subscriptionCount: undefined,
    cacheMiss: undefined,
  }
}

/** The empty roster (one constant object): what SSR renders, and a channel's before its first roster. */
export const IDLE_PRESENCE: PresenceSnapshot<never> = /* @__PURE__ */ Object.freeze({
  status: 'unsubscribed',
  me: undefined,
  members: Object.freeze([]),
  byId: new Map(),
  count: 0,
  error: undefined,
  stale: true,
})

/** A channel ChannelKit refused (bad name, destroyed kit…) as state. */
export function refusedError(error: ChannelKitError): SubscriptionError {
  return { type: 'ChannelKitError', error: error.message, status: undefined, code: error.code }
}

export function refusedChannelSnapshot(name: unknown, error: ChannelKitError): ChannelSnapshot {
  const shown = typeof name === 'string' ? name : String(name)
  return { ...initialChannelSnapshot(shown), status: 'error', error: refusedError(error) }
}

export function refusedPresenceSnapshot(error: ChannelKitError): PresenceSnapshot {
  return { ...IDLE_PRESENCE, status: 'error', error: refusedError(error) }
}

/** Nobody typing: a typing store's first snapshot, and what adapters show before they hold one. */
export const EMPTY_TYPING: TypingSnapshot = /* @__PURE__ */ Object.freeze({ typing: Object.freeze([]) })

/** No notifications: a notification store's first snapshot, and what adapters show before they hold one. */
export const EMPTY_NOTIFICATIONS: NotificationsSnapshot<never> = /* @__PURE__ */ Object.freeze({
  visible: Object.freeze([]),
  queued: Object.freeze([]),
  paused: false,
})

export const INITIAL_CONNECTION: ConnectionSnapshot = /* @__PURE__ */ Object.freeze({
  state: 'initialized',
  previous: 'initialized',
  socketId: undefined,
  error: undefined,
})

export const INITIAL_USER: UserSnapshot = /* @__PURE__ */ Object.freeze({
  status: 'signed-out',
  id: undefined,
  info: undefined,
  error: undefined,
})

export const INITIAL_WATCHLIST: WatchlistSnapshot = /* @__PURE__ */ Object.freeze({
  online: Object.freeze([]),
  offline: Object.freeze([]),
})
