import type Pusher from 'pusher'
import type { Options as PusherJsOptions } from 'pusher-js'
import type { Simulator } from './simulate'

export type WebhookEventName =
  | 'channel_occupied'
  | 'channel_vacated'
  | 'member_added'
  | 'member_removed'
  | 'client_event'
  | 'cache_miss'
  | 'subscription_count'

export interface WebhookConfig {
  /** Where the signed webhook POSTs go. */
  url: string
  /** Only send these events (default: all). */
  events?: WebhookEventName[]
  /** Extra request headers. */
  headers?: Record<string, string>
}

export interface AppConfig {
  id: string
  key: string
  secret: string
  /** Allow `client-` events on private and presence channels (default true). */
  clientEvents?: boolean
  /** Send `pusher_internal:subscription_count` and the `subscription_count` webhook (default true). */
  subscriptionCount?: boolean
  /** "Authorized connections": close connections that neither sign in nor subscribe to a private channel within `userAuthenticationTimeout` (default false). */
  userAuthentication?: boolean
  /** Connections above this are closed with 4004. */
  maxConnections?: number
  webhooks?: WebhookConfig[]
  /** 32 bytes, base64. Used by `pusher()`, `trigger()` and the dev auth endpoint for `private-encrypted-` channels (default: the server's `encryptionMasterKeyBase64`). */
  encryptionMasterKeyBase64?: string
}

export interface Frame {
  direction: 'in' | 'out'
  socketId: string
  appId: string
  event: string
  channel?: string
  data?: unknown
}

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export interface ServerOptions {
  /** 0 picks a free port (default 0). */
  port?: number
  /** Default `127.0.0.1`. While bound to a loopback address, only loopback `Host` names are answered. */
  host?: string
  /**
   * Browser origins (`scheme://host[:port]`) allowed to call the server (CORS, dev auth, HTTP API, control)
   * and open WebSockets, in addition to `DEFAULT_ALLOWED_ORIGINS` (Storybook and the example apps).
   * Requests without an `Origin` (no browser: the SDK, pusher-js in Node) are not affected.
   */
  allowedOrigins?: string[]
  /** Default `[DEFAULT_APP]`. */
  apps?: AppConfig[]
  /** Webhooks for the first app (added to its own `webhooks`). */
  webhooks?: WebhookConfig[]
  /** Seconds of client silence before the server pings (sent in the handshake; default 120). */
  activityTimeout?: number
  /** Seconds the server waits for any message after its ping before it drops the connection (4201; default 30). */
  pongTimeout?: number
  /** A client with more than this many bytes waiting to be sent to it (it stopped reading) is dropped with 4100 (default 4 MiB). */
  maxBufferedBytes?: number
  /**
   * The master key (32 bytes, base64) of every app that has no `encryptionMasterKeyBase64` of its own.
   * Default: 32 random bytes per run (`server.app.encryptionMasterKeyBase64` tells it).
   */
  encryptionMasterKeyBase64?: string
  /**
   * The dev auth endpoint (`/pusher/auth`, `/pusher/user-auth`), which signs anyone in as anyone. Default:
   * on while the server listens on loopback, off otherwise (anyone on the network could use it).
   */
  devAuth?: boolean
  /**
   * The development control endpoint at `/control/*` (trigger, notify, simulated members and typing over
   * HTTP, for Storybook's control panel). Every request needs `Authorization: Bearer <token>`; `token`
   * defaults to a random one per run (`server.control.token`). Default off.
   */
  control?: boolean | ControlOptions
  /** Largest inbound WebSocket message in bytes; bigger ones get a `pusher:error` (default 64 KiB). */
  maxFrameBytes?: number
  /** Milliseconds a webhook delivery may take before it counts as failed and is retried (default 5000). */
  webhookTimeoutMs?: number
  /** Deliveries in flight per webhook URL; more wait their turn (default 4). */
  webhookConcurrency?: number
  /** Webhook events are collected for this long and sent in one body (default 50 ms). */
  webhookBatchMs?: number
  /** Delay of `channel_vacated` and `member_removed` webhooks, cancelled if the channel or member comes back in time (Pusher: ~3000; default 0). */
  webhookLeaveDelayMs?: number
  /** Delivery attempts per webhook body (default 5), spaced `webhookRetryMs` × 2^n (default 200 ms). */
  webhookMaxAttempts?: number
  webhookRetryMs?: number
  /** Seconds a cache channel keeps the last HTTP event (default 1800, Pusher's maximum). */
  cacheTtl?: number
  /** Above 100 subscribers, a channel's `subscription_count` (frame and webhook) goes out at most once per this many ms, then once more with the latest count (default 5000, as Pusher; 0 sends every change). */
  subscriptionCountThrottleMs?: number
  /** Milliseconds after which an app with `userAuthentication` closes unauthorized connections (default 30000). */
  userAuthenticationTimeout?: number
  /** Serve the small status page at `GET /` (default false). */
  devPage?: boolean
  /** Default: silent. Pass `console` to see what happens. */
  logger?: Logger
}

export interface ControlOptions {
  /** The bearer token (at least 16 characters). Default: random per run. */
  token?: string
}

export interface TriggerOptions {
  /** Skip this connection (the sender's own socket id). */
  socketId?: string
  /** The app (default: the first). */
  appId?: string
}

export interface ChannelInfo {
  subscriptionCount: number
  userCount?: number
  members?: Map<string, unknown>
}

export interface DevUser {
  id: string
  info?: unknown
  watchlist?: string[]
}

export interface LocalServer {
  port: number
  host: string
  /** `http://host:port` */
  url: string
  /** The first app. */
  app: AppConfig
  apps: AppConfig[]
  /** pusher-js options for this server; `user` is who the dev auth endpoint signs for. */
  wsOptions(opts?: { user?: DevUser; appKey?: string }): PusherJsOptions
  /** An official `pusher` SDK instance pointed at this server. */
  pusher(appId?: string): Pusher
  /** Every protocol frame in and out. Returns an unsubscribe. */
  onFrame(listener: (frame: Frame) => void): () => void
  connectionCount(appId?: string): number
  /** A snapshot of the occupied channels. */
  channels(appId?: string): Map<string, ChannelInfo>
  /**
   * Delivers an event to subscribers now, as the HTTP API would (same limits; `private-encrypted-`
   * channels get it encrypted). `data` goes out as is when it is a string, JSON-encoded otherwise.
   * Throws a `ServerInputError` for input the HTTP API would refuse.
   */
  trigger(channels: string | string[], event: string, data?: unknown, options?: TriggerOptions): void
  /** Simulated presence members of the first app (see `Simulator`). */
  simulate: Simulator
  /** Simulated presence members of another app. */
  simulator(appId?: string): Simulator
  /** The control endpoint, when the `control` option is on: its base URL (`…/control`) and token. */
  control: { url: string; token: string } | undefined
  close(): Promise<void>
}
