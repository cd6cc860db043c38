import type { WebSocket } from 'ws'
import type { Frame } from './types'

/**
 * Lets the process exit while the timer waits. Test environments such as Jest's jsdom replace the timer
 * globals with the page's, whose handles are numbers without `unref`.
 */
export function unref(timer: ReturnType<typeof setTimeout>): void {
  ;(timer as { unref?: () => void }).unref?.()
}

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

export const CLIENT_EVENTS_PER_SECOND = 10
/**
 * After the server closes a socket, the peer has this long to read what was queued and answer the close
 * frame; then the socket is destroyed. Without it a frozen peer (no TCP close, no reply) holds the socket
 * for `ws`'s 30 s close timeout.
 */
export const CLOSE_GRACE_MS = 2000

export interface ConnectionLimits {
  activityTimeoutMs: number
  /** After the server's ping, how long to wait for any message before giving up (4201). */
  pongTimeoutMs: number
  /** A reader this far behind (bytes queued in the server) is dropped with 4100. */
  maxBufferedBytes: number
}

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

/**
 * One client: its socket id, subscriptions, signed-in user and timers. Without a socket it is a simulated
 * member (`server.simulate`): it joins channels like any client, and what is sent to it goes nowhere.
 */
export class Connection {
  /** channel name → the presence user id it joined as (undefined for other kinds) */
  readonly subscriptions = new Map<string, string | undefined>()
  user: SignedInUser | undefined
  /** Signed in or subscribed to an authorized channel (the app's `userAuthentication` setting). */
  authorized = false
  closed = false
  /** Called once when the server gives up on the socket, so it leaves its channels at once. */
  onGone: (() => void) | undefined
  private windowStart = 0
  private windowCount = 0
  private activityTimer: NodeJS.Timeout | undefined
  private pongTimer: NodeJS.Timeout | undefined
  private authTimer: NodeJS.Timeout | undefined

  constructor(
    readonly socket: WebSocket | undefined,
    readonly socketId: string,
    readonly appId: string,
    private readonly limits: ConnectionLimits,
    private readonly emitFrame: (frame: Frame) => void,
  ) {}

  get simulated(): boolean {
    return this.socket === undefined
  }

  send(message: OutMessage): void {
    const { socket } = this
    if (this.closed || !socket || socket.readyState !== socket.OPEN) return
    socket.send(JSON.stringify(message))
    this.emitFrame({
      direction: 'out',
      socketId: this.socketId,
      appId: this.appId,
      event: message.event,
      ...(message.channel === undefined ? {} : { channel: message.channel }),
      ...(message.data === undefined ? {} : { data: message.data }),
    })
    // A client that stops reading would make the server buffer everything sent to it.
    if (socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(
        4100,
        `Over capacity: ${socket.bufferedAmount} bytes waiting, the client is not reading its messages`,
      )
    }
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

  /** Sends the close frame, leaves every channel at once, and destroys the socket after a grace period. */
  close(code: number, reason: string): void {
    const { socket } = this
    if (this.closed || !socket) return
    this.stopTimers()
    this.closed = true
    socket.close(code, closeReason(reason))
    const grace = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS)
    unref(grace)
    socket.once('close', () => clearTimeout(grace))
    this.onGone?.()
  }

  /** Any inbound message counts as activity; silence makes the server ping, then give up. */
  touch(): void {
    if (this.closed || !this.socket) return
    clearTimeout(this.pongTimer)
    this.pongTimer = undefined
    clearTimeout(this.activityTimer)
    this.activityTimer = setTimeout(() => {
      this.send({ event: 'pusher:ping', data: {} })
      this.pongTimer = setTimeout(
        () => this.close(4201, 'Pong reply not received'),
        this.limits.pongTimeoutMs,
      )
      unref(this.pongTimer)
    }, this.limits.activityTimeoutMs)
    unref(this.activityTimer)
  }

  requireAuthorization(timeoutMs: number): void {
    this.authTimer = setTimeout(() => {
      if (!this.authorized) this.fail(4009, 'Connection not authorized within timeout.')
    }, timeoutMs)
    unref(this.authTimer)
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
