import type {
  ChannelKit,
  ConnectionError,
  ConnectionSnapshot,
  ConnectionState,
  UserSnapshot,
  WatchlistSnapshot,
} from '@channelkit/core'
import type { ChannelInfo } from '@channelkit/core/devtools'

/**
 * Where the event creator sends events: `{ url, token }` of the local server's control endpoint (what
 * `server.control` is: `POST {url}/trigger` with `Authorization: Bearer {token}`; `url` defaults to
 * `/control` on the server the kit connects to), or a function of yours (e.g. one that calls an endpoint of
 * your app that triggers with your server SDK).
 */
export type DevtoolsTrigger =
  | { url?: string; token: string }
  | ((channel: string, event: string, data: unknown) => unknown | Promise<unknown>)

export type DevtoolsPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'
export type DevtoolsTheme = 'light' | 'dark' | 'system'

/** The props of `<ChannelKitDevtools />` (React) and `ChannelKitDevtools` (Vue). */
export interface DevtoolsOptions {
  /** The kit to show; default: the one the provider (React) or plugin (Vue) gives. */
  kit?: ChannelKit
  /** Open at first. Default false. */
  initialIsOpen?: boolean
  /** The corner of the toggle button; the panel docks to the same edge. Default 'bottom-right'. */
  position?: DevtoolsPosition
  /** Height of the panel in px at first (it is resizable). Default 320. */
  initialHeight?: number
  /** How many events the log keeps (the oldest go first). Default 500. */
  logLimit?: number
  /**
   * Where the event creator sends events. Default: the control endpoint the page was handed by
   * `@channelkit/server/vite` (`globalThis.__CHANNELKIT_CONTROL__`); without either the creator says what to pass.
   */
  trigger?: DevtoolsTrigger
  /** 'system' follows the page (`data-theme` or the system preference). Default 'system'. */
  theme?: DevtoolsTheme
  /** A CSP nonce for the panel's `<style>` element. */
  styleNonce?: string
}

export type DevtoolsTab = 'connection' | 'channels' | 'presence' | 'events' | 'trigger'

export type TimelineEntry =
  | {
      id: number
      at: number
      type: 'state'
      previous: ConnectionState
      current: ConnectionState
      socketId: string | undefined
    }
  | { id: number; at: number; type: 'error'; error: ConnectionError }
  | { id: number; at: number; type: 'retry'; seconds: number }

export interface LogEntry {
  id: number
  at: number
  direction: 'in' | 'out'
  channel: string | undefined
  event: string
  data: unknown
  /** Bytes of `data` as JSON (UTF-8). */
  size: number
  /** Sender of a client event on a presence channel. */
  userId: string | undefined
  /** `out`: false when pusher-js had no connection to send it on. */
  sent: boolean
}

export interface CreatorState {
  channel: string
  event: string
  /** JSON text. */
  data: string
  status: 'idle' | 'sending' | 'sent' | 'error'
  message: string
}

export interface DevtoolsState {
  open: boolean
  tab: DevtoolsTab
  height: number
  position: DevtoolsPosition
  theme: DevtoolsTheme
  connection: ConnectionSnapshot
  /** Newest first, at most 100. */
  timeline: readonly TimelineEntry[]
  /** Times the connection went back to connecting after it had been up or down, since devtools started. */
  reconnects: number
  channels: readonly ChannelInfo[]
  user: UserSnapshot
  watchlist: WatchlistSnapshot
  /** Newest first, at most `logLimit`. */
  log: readonly LogEntry[]
  /** The log after the filters. */
  visible: readonly LogEntry[]
  filters: { channel: string; event: string }
  paused: boolean
  /** Events that arrived while paused (not logged). */
  skipped: number
  /** Events that left the log to make room. */
  dropped: number
  selected: LogEntry | undefined
  creator: CreatorState
  /** How the event creator sends: where to, or why it cannot. */
  via: string
}
