// The public types of @channelkit/core (re-exported by @channelkit/react and @channelkit/vue).
import type Pusher from 'pusher-js'
import type { Options as PusherOptions } from 'pusher-js'
import type { AnyChannelKitError, ChannelKitErrorCode } from './errors'

/** The one contract every framework adapter needs. Snapshots are immutable: same reference until a change. */
export interface ReadableStore<T> {
  getSnapshot(): T
  subscribe(onChange: () => void): () => void
  /** What to render on the server and while hydrating; adapters read `getSnapshot()` when absent. */
  getServerSnapshot?(): T
}

/** A store that says what the server rendered (its initial snapshot), so hydration matches. */
export type HydratableStore<T> = ReadableStore<T> & { getServerSnapshot(): T }

// ---------------------------------------------------------------------------------------------
// Typed events: users augment `Register` in the package they installed:
//   declare module '@channelkit/react' {   // or '@channelkit/vue', '@channelkit/core'
//     interface Register { events: { 'chat': { message: { text: string } } } }
//   }
// ---------------------------------------------------------------------------------------------
// biome-ignore lint/suspicious/noEmptyInterface: augmented by users
export interface Register {}

/** What presence members carry in `info`, when registered (`Register { memberInfo: { name: string } }`). */
export type MemberInfo = Register extends { memberInfo: infer I } ? I : unknown

export type RegisteredEvents = Register extends { events: infer E }
  ? E
  : Record<string, Record<string, unknown>>
/** The event map of a channel: from `Register` when the channel is registered, else `Record<string, unknown>`. */
export type EventsOf<C extends string> = C extends keyof RegisteredEvents
  ? RegisteredEvents[C] extends Record<string, unknown>
    ? RegisteredEvents[C]
    : Record<string, unknown>
  : Record<string, unknown>
/** The payload type of `event` on `channel`. */
export type EventData<C extends string, E extends string> = E extends keyof EventsOf<C>
  ? EventsOf<C>[E]
  : unknown

/** pusher-js passes `{ user_id }` as metadata for client events on presence channels. */
export interface EventMetadata {
  user_id?: string
}
export type EventHandler<T = unknown> = (data: T, metadata?: EventMetadata) => void
export type GlobalEventHandler = (event: string, data: unknown, metadata?: EventMetadata) => void

// ---------------------------------------------------------------------------------------------
// Client and connection
// ---------------------------------------------------------------------------------------------
export type ConnectionState =
  | 'initialized'
  | 'connecting'
  | 'connected'
  | 'unavailable'
  | 'failed'
  | 'disconnected'

export interface ConnectionSnapshot {
  state: ConnectionState
  /** The state before the current one ('initialized' at first). */
  previous: ConnectionState
  /** Set while connected. */
  socketId: string | undefined
  /** The last error pusher-js reported (`error` event), cleared when the connection is back. */
  error: ConnectionError | undefined
}

export interface ConnectionError {
  type: string
  /** Pusher close/error code when there is one (4001, 4004, 4100, 4200, 4301…). */
  code: number | undefined
  message: string
}

export interface ChannelKitOptions extends Partial<PusherOptions> {
  /** App key. Required unless `client` is given. */
  key?: string
  /** A pusher-js instance the app already has. ChannelKit never disconnects a client it did not create. */
  client?: Pusher
  /** pusher-js constructor (e.g. from 'pusher-js/with-encryption'). Defaults to `import('pusher-js')`'s default. */
  Pusher?: new (
    key: string,
    options: PusherOptions,
  ) => Pusher
  /**
   * Treat this environment as a server (SSR): never create a client, never subscribe; stores keep their
   * initial snapshots, and using the kit to connect reports a `no_client` error that says so.
   * Default: `typeof window === 'undefined'`. Pass `false` to connect from Node (a script, a test).
   */
  server?: boolean
  /** Milliseconds to wait after the last release before unsubscribing. Default 300. */
  releaseDelay?: number
  /**
   * Milliseconds a channel may stay `subscribing` while connected before it shows `error`
   * (`type: 'SubscriptionTimeout'`), so `retry()` can help: pusher-js waits for a hanging
   * authorization endpoint forever. Default 10000; 0 waits forever.
   */
  subscriptionTimeout?: number
  /** Called for every error that has no other place to go (e.g. a queued client event that could not be sent). */
  onError?: (error: AnyChannelKitError) => void
}

// ---------------------------------------------------------------------------------------------
// Channels
// ---------------------------------------------------------------------------------------------
/** From the name's prefix. `cache-`, `private-cache-`, `presence-cache-`, `private-encrypted-cache-` also set `cache`. */
export type ChannelKind = 'public' | 'private' | 'presence' | 'encrypted'
export type ChannelStatus = 'unsubscribed' | 'subscribing' | 'subscribed' | 'error'

/**
 * Why a channel is in `error`: what pusher-js gives with `pusher:subscription_error`, or, when ChannelKit
 * itself refused the channel (a bad name, not a presence channel, no encryption, a destroyed kit),
 * `type: 'ChannelKitError'` with the error's `code` and message.
 */
export interface SubscriptionError {
  type: string
  error: string
  status: number | undefined
  /** Set when ChannelKit refused the channel: the `ChannelKitError` code. */
  code?: ChannelKitErrorCode
}

export interface ChannelSnapshot {
  name: string
  kind: ChannelKind
  cache: boolean
  status: ChannelStatus
  error: SubscriptionError | undefined
  /** From `pusher:subscription_count` when the app enables it; undefined until the server sends one. */
  subscriptionCount: number | undefined
  /** Cache channels: true after `pusher:cache_miss`, false after a cached event arrived. */
  cacheMiss: boolean | undefined
}

export type TriggerResult = 'sent' | 'queued'

export interface ChannelLease<Events extends Record<string, unknown> = Record<string, unknown>> {
  readonly name: string
  readonly store: ReadableStore<ChannelSnapshot>
  /** Bind a handler for this lease; removed on unbind or on release. */
  bind<E extends keyof Events & string>(event: E, handler: EventHandler<Events[E]>): () => void
  bind(event: string, handler: EventHandler): () => void
  /** Every event on the channel (pusher-js `bind_global`), internal `pusher:` events excluded. */
  bindGlobal(handler: GlobalEventHandler): () => void
  /**
   * Send a client event. Validated first; every failure throws a `ChannelKitError` and sends nothing.
   * Before the subscription succeeded the event is queued and flushed on success ('queued'); if the
   * subscription fails or the lease is released first, the event is reported through `onError`
   * with code `client_event_dropped`.
   */
  trigger<E extends keyof Events & `client-${string}`>(event: E, data: Events[E]): TriggerResult
  trigger(event: `client-${string}`, data?: unknown): TriggerResult
  /** Re-attempt a subscription that ended in `error` (e.g. after the auth endpoint healed). */
  retry(): void
  /** Give this lease back. Idempotent. The last release unsubscribes after `releaseDelay`. */
  release(): void
}

// ---------------------------------------------------------------------------------------------
// Presence
// ---------------------------------------------------------------------------------------------
export interface Member<Info = unknown> {
  id: string
  info: Info
}

export interface PresenceSnapshot<Info = unknown> {
  status: ChannelStatus
  me: Member<Info> | undefined
  /** Stable order: join order (the initial roster in the server's order). */
  members: readonly Member<Info>[]
  byId: ReadonlyMap<string, Member<Info>>
  count: number
  /** The channel's error while `status` is 'error'. */
  error: SubscriptionError | undefined
  /**
   * True while the roster is not live (`status` is not 'subscribed': connecting, disconnected, failed):
   * `members` then is the last roster known, kept so the UI does not flash empty, but no longer updated.
   */
  stale: boolean
}

export interface PresenceLease<
  Info = unknown,
  Events extends Record<string, unknown> = Record<string, unknown>,
> extends ChannelLease<Events> {
  readonly presence: ReadableStore<PresenceSnapshot<Info>>
}

// ---------------------------------------------------------------------------------------------
// User sign-in and watchlist
// ---------------------------------------------------------------------------------------------
export type UserStatus = 'signed-out' | 'signing-in' | 'signed-in' | 'error'
export interface UserSnapshot {
  status: UserStatus
  id: string | undefined
  info: unknown
  error: AnyChannelKitError | undefined
}
export interface WatchlistSnapshot {
  online: readonly string[]
  offline: readonly string[]
}

// ---------------------------------------------------------------------------------------------
// UI logic: typing and notifications
// ---------------------------------------------------------------------------------------------
export interface TypingOptions {
  /** Event name; default 'client-typing'. */
  event?: `client-${string}`
  /** An entry disappears this long after its last typing event. Default 5000 ms. */
  timeout?: number
  /** Outgoing typing events at most once per this many ms. Default 2000 ms. */
  throttle?: number
  /** Who we are, for private channels (on presence channels `me` is used). */
  user?: { id: string; name?: string }
}
export interface Typist {
  id: string
  name: string | undefined
  info: unknown
}
export interface TypingSnapshot {
  typing: readonly Typist[]
}
/** Sends a client event (what adapters return); a registered event requires its payload. */
export type ClientTrigger<Events extends Record<string, unknown> = Record<string, unknown>> = <
  E extends `client-${string}`,
>(
  event: E,
  ...data: string extends keyof Events
    ? [data?: unknown]
    : E extends keyof Events
      ? [data: Events[E]]
      : [data?: unknown]
) => TriggerResult

export interface TypingActions {
  /** Announce "I am typing" (throttled). Call on every keystroke. */
  start(): void
  /** Announce "I stopped" (on blur or send). Sends only if a start was announced. */
  stop(): void
}
export interface TypingStore extends ReadableStore<TypingSnapshot>, TypingActions {
  /** Release the channel lease and timers. */
  destroy(): void
}

export interface Notification<T = unknown> {
  id: string
  data: T
  createdAt: number
  /** Auto-dismiss after this many ms (0 = sticky). */
  duration: number
}
export interface NotificationsSnapshot<T = unknown> {
  visible: readonly Notification<T>[]
  queued: readonly Notification<T>[]
  paused: boolean
}
export interface NotificationOptions<T = unknown> {
  /** Visible at once; the rest wait in a queue. Default 3. */
  max?: number
  /** Auto-dismiss delay in ms; 0 = never. Default 5000. */
  duration?: number
  /** Turn an event payload into the notification data (default: the payload). Return null to skip. */
  map?: (data: unknown) => T | null
}
export interface NotificationActions<T = unknown> {
  /** Add a notification yourself; returns its id (pushing an id again replaces it). */
  push(data: T, options?: { id?: string; duration?: number }): string
  dismiss(id: string): void
  clear(): void
  /** Pause every auto-dismiss timer (hover, focus, hidden page). */
  pause(): void
  resume(): void
}
export interface NotificationStore<T = unknown>
  extends ReadableStore<NotificationsSnapshot<T>>,
    NotificationActions<T> {
  /** Stop listening and clear the timers. */
  destroy(): void
}

// ---------------------------------------------------------------------------------------------
// The kit
// ---------------------------------------------------------------------------------------------
export interface ChannelKit {
  readonly options: Readonly<ChannelKitOptions>
  /** The pusher-js instance, created on first use in a browser; undefined on the server (SSR). */
  getClient(): Pusher | undefined
  /** Connects now, also from `unavailable` (where pusher-js alone would wait for its retry timer). */
  connect(): void
  /** Disconnects the pusher-js client. Leases stay: their channels show 'unsubscribed' and subscribe again on connect(). */
  disconnect(): void
  /** Its `getServerSnapshot()` is the initial snapshot (what the server rendered). */
  readonly connection: ReadableStore<ConnectionSnapshot>

  /** Acquire a channel: the first lease subscribes. Throws `ChannelKitError` for an invalid name. */
  channel<C extends string>(name: C): ChannelLease<EventsOf<C>>
  /** Acquire a presence channel (name must start with `presence-`). */
  presence<Info = unknown, C extends string = string>(name: C): PresenceLease<Info, EventsOf<C>>

  /** Disconnect (if the kit created the client) and drop every lease, timer and listener. */
  destroy(): void
}
