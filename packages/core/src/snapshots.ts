import type {
  ChannelSnapshot,
  ConnectionSnapshot,
  PresenceSnapshot,
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

const INITIAL_PRESENCE: PresenceSnapshot<never> = Object.freeze({
  status: 'unsubscribed',
  me: undefined,
  members: Object.freeze([]),
  byId: new Map(),
  count: 0,
})

/** The empty roster (one constant object), what SSR renders. */
export function initialPresenceSnapshot<Info = unknown>(): PresenceSnapshot<Info> {
  return INITIAL_PRESENCE
}

export const INITIAL_CONNECTION: ConnectionSnapshot = Object.freeze({
  state: 'initialized',
  previous: 'initialized',
  socketId: undefined,
  error: undefined,
})

export const INITIAL_USER: UserSnapshot = Object.freeze({
  status: 'signed-out',
  id: undefined,
  info: undefined,
  error: undefined,
})

export const INITIAL_WATCHLIST: WatchlistSnapshot = Object.freeze({
  online: Object.freeze([]),
  offline: Object.freeze([]),
})
