import type { WebSocket } from 'ws'
import type { Frame } from './types'

export interface OutMessage {
  event: string
  channel?: string
  data?: unknown
  user_id?: string
}

export interface SignedInUser {
  id: string
  info: unknown
  watchlist: string[]
}

const PONG_TIMEOUT_MS = 30_000
export const CLIENT_EVENTS_PER_SECOND = 10

const MAX_CLOSE_REASON_BYTES = 123

/** WebSocket close reasons are limited to 123 bytes (ws throws above that); cut on a character boundary. */
export function closeReason(reason: string): string {
  let bytes = 0
  let end = 0
  for (const char of reason) {
    bytes += Buffer.byteLength(char)
    if (bytes > MAX_CLOSE_REASON_BYTES) break
    end += char.length
  }
  return reason.slice(0, end)
}

/** One WebSocket client: its socket id, subscriptions, signed-in user and timers. */
export class Connection {
  /** channel name → the presence user id it joined as (undefined for other kinds) */
  readonly subscriptions = new Map<string, string | undefined>()
  user: SignedInUser | undefined
  /** Signed in or subscribed to an authorized channel (the app's `userAuthentication` setting). */
  authorized = false
  closed = false
  private windowStart = 0
  private windowCount = 0
  private activityTimer: NodeJS.Timeout | undefined
  private pongTimer: NodeJS.Timeout | undefined
  private authTimer: NodeJS.Timeout | undefined

  constructor(
    readonly socket: WebSocket,
    readonly socketId: string,
    readonly appId: string,
    private readonly activityTimeoutMs: number,
    private readonly emitFrame: (frame: Frame) => void,
  ) {}

  send(message: OutMessage): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    this.socket.send(JSON.stringify(message))
    this.emitFrame({
      direction: 'out',
      socketId: this.socketId,
      appId: this.appId,
      event: message.event,
      ...(message.channel === undefined ? {} : { channel: message.channel }),
      ...(message.data === undefined ? {} : { data: message.data }),
    })
  }

  /** A `pusher:error`; the connection stays open. */
  error(code: number | null, message: string): void {
    this.send({ event: 'pusher:error', data: { code, message } })
  }

  /** The protocol's fatal error: `pusher:error` then a close with the same code. */
  fail(code: number, message: string): void {
    this.error(code, message)
    this.close(code, message)
  }

  close(code: number, reason: string): void {
    if (this.closed) return
    this.stopTimers()
    this.socket.close(code, closeReason(reason))
  }

  /** Any inbound message counts as activity; silence makes the server ping, then give up. */
  touch(): void {
    if (this.closed) return
    clearTimeout(this.pongTimer)
    this.pongTimer = undefined
    clearTimeout(this.activityTimer)
    this.activityTimer = setTimeout(() => {
      this.send({ event: 'pusher:ping', data: {} })
      this.pongTimer = setTimeout(() => this.close(4201, 'Pong reply not received'), PONG_TIMEOUT_MS)
      this.pongTimer.unref()
    }, this.activityTimeoutMs)
    this.activityTimer.unref()
  }

  requireAuthorization(timeoutMs: number): void {
    this.authTimer = setTimeout(() => {
      if (!this.authorized) this.fail(4009, 'Connection not authorized within timeout.')
    }, timeoutMs)
    this.authTimer.unref()
  }

  /** Counts a client event against the 10 per second limit. */
  allowClientEvent(now = Date.now()): boolean {
    if (now - this.windowStart >= 1000) {
      this.windowStart = now
      this.windowCount = 0
    }
    this.windowCount += 1
    return this.windowCount <= CLIENT_EVENTS_PER_SECOND
  }

  stopTimers(): void {
    clearTimeout(this.activityTimer)
    clearTimeout(this.pongTimer)
    clearTimeout(this.authTimer)
  }
}
