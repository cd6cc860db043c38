import type Pusher from 'pusher'
import type { Options as PusherJsOptions } from 'pusher-js'

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
  /** 32 bytes, base64. Used by `pusher()` and the dev auth endpoint for `private-encrypted-` channels. */
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
  /** Default `127.0.0.1`. */
  host?: string
  /** Default `[DEFAULT_APP]`. */
  apps?: AppConfig[]
  /** Webhooks for the first app (added to its own `webhooks`). */
  webhooks?: WebhookConfig[]
  /** Seconds of client silence before the server pings (sent in the handshake; default 120). */
  activityTimeout?: number
  /** Largest inbound WebSocket message in bytes; bigger ones get a `pusher:error` (default 64 KiB). */
  maxFrameBytes?: number
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
  close(): Promise<void>
}
