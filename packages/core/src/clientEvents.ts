import { ChannelKitError } from './errors'
import type { TriggerResult } from './types'
import { channelKind, shown } from './validation'

const MAX_EVENT_NAME = 200
/** Pusher's limit on a client event payload, in bytes of serialized JSON. */
export const MAX_PAYLOAD_BYTES = 10 * 1024
/** Pusher's limit on client events per connection. */
export const RATE_LIMIT = 10
export const RATE_WINDOW_MS = 1000
// Servers count in their own (receive-time, often fixed) windows: keep a margin for network jitter.
const JITTER_MS = 100

/**
 * Checks a client event before anything is sent and returns the data to send (`{}` for undefined).
 * Throws `invalid_event_name`, `client_event_not_allowed`, `payload_not_serializable` or `payload_too_large`.
 */
export function validateClientEvent(channel: string, event: unknown, data?: unknown): unknown {
  if (typeof event !== 'string' || !event.startsWith('client-') || event.length > MAX_EVENT_NAME) {
    const why =
      process.env.NODE_ENV !== 'production' &&
      (typeof event === 'string' && event.startsWith('client-')
        ? `is ${event.length} characters long; the limit is ${MAX_EVENT_NAME}`
        : 'must start with "client-", e.g. "client-typing"')
    throw new ChannelKitError('invalid_event_name', why && `Client event name ${shown(event)} ${why}.`, {
      channel,
      event,
    })
  }
  const details = { channel, event }
  const kind = channelKind(channel)
  if (kind === 'public' || kind === 'encrypted') {
    const why =
      process.env.NODE_ENV !== 'production' &&
      (kind === 'public'
        ? 'public channels do not accept client events; use a private- or presence- channel'
        : 'pusher-js cannot send client events on private-encrypted- channels; trigger from your server instead')
    throw new ChannelKitError(
      'client_event_not_allowed',
      why && `Cannot send "${event}" on "${channel}": ${why}.`,
      details,
    )
  }
  const payload = data === undefined ? {} : data
  let json: string | undefined
  try {
    json = JSON.stringify(payload)
  } catch (cause) {
    throw new ChannelKitError(
      'payload_not_serializable',
      process.env.NODE_ENV !== 'production' &&
        `The data of "${event}" cannot be turned into JSON (${cause instanceof Error ? cause.message : 'it threw'}); send plain objects, arrays, strings, numbers and booleans (no BigInt, no cycles).`,
      details,
    )
  }
  if (json === undefined) {
    throw new ChannelKitError(
      'payload_not_serializable',
      process.env.NODE_ENV !== 'production' &&
        `The data of "${event}" serializes to nothing (a function or symbol?); send a plain JSON value.`,
      details,
    )
  }
  const bytes = new TextEncoder().encode(json).length
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new ChannelKitError(
      'payload_too_large',
      process.env.NODE_ENV !== 'production' &&
        `The data of "${event}" is ${bytes} bytes as JSON; client events may carry at most ${MAX_PAYLOAD_BYTES} bytes. Send an id and fetch the rest, or trigger from your server.`,
      { ...details, bytes, limit: MAX_PAYLOAD_BYTES },
    )
  }
  return payload
}

/** A rolling window of sent-event times, one per connection: at most `limit` in any `windowMs`. */
export class RateLimiter {
  private _sent: number[] = []
  private _limit: number
  private _windowMs: number
  constructor(limit = RATE_LIMIT, windowMs = RATE_WINDOW_MS + JITTER_MS) {
    this._limit = limit
    this._windowMs = windowMs
  }

  /** Milliseconds until one more event may be sent (0 = now). */
  wait(): number {
    const now = Date.now()
    while (this._sent.length > 0 && this._sent[0]! <= now - this._windowMs) this._sent.shift()
    return this._sent.length < this._limit ? 0 : this._sent[0]! + this._windowMs - now
  }

  record(): void {
    this._sent.push(Date.now())
  }
}

/** What the outbox needs from its channel. */
export interface Sending {
  readonly name: string
  readonly limiter: RateLimiter
  report(error: ChannelKitError): void
  /** Whether the subscription succeeded (events may go out). */
  ready(): boolean
  /** Sends one event now; false when pusher-js had no connection to send it on. */
  send(event: string, data: unknown): boolean
}

interface Queued {
  owner: object
  event: string
  data: unknown
}

/**
 * Client events of one channel, in order: sent at once when subscribed and within the rate limit, else
 * queued and sent once they may be. Events of an owner (a lease, a hook) that lets go are dropped and reported.
 */
export class Outbox {
  private _queue: Queued[] = []
  private _timer: ReturnType<typeof setTimeout> | undefined

  private _channel: Sending
  constructor(channel: Sending) {
    this._channel = channel
  }

  trigger(owner: object, event: string, data: unknown): TriggerResult {
    const channel = this._channel
    // Events queued earlier go first, so later ones queue behind them.
    if (channel.ready() && this._queue.length === 0) {
      const wait = channel.limiter.wait()
      if (wait > 0) {
        throw new ChannelKitError(
          'rate_limited',
          process.env.NODE_ENV !== 'production' &&
            `Pusher allows ${RATE_LIMIT} client events per second per connection; wait ${wait} ms before sending "${event}" on "${channel.name}" (throttle or batch your events).`,
          { channel: channel.name, event, retryAfter: wait },
        )
      }
      if (this._sendNow(event, data)) return 'sent'
    }
    this._queue.push({ owner, event, data })
    return 'queued'
  }

  private _sendNow(event: string, data: unknown): boolean {
    if (!this._channel.send(event, data)) return false
    this._channel.limiter.record()
    return true
  }

  flush(): void {
    clearTimeout(this._timer)
    this._timer = undefined
    while (this._queue.length > 0 && this._channel.ready()) {
      const wait = this._channel.limiter.wait()
      if (wait > 0) {
        this._timer = setTimeout(() => this.flush(), wait)
        return
      }
      const item = this._queue[0]!
      if (!this._sendNow(item.event, item.data)) return
      this._queue.shift()
    }
  }

  /** Drops (and reports) every queued event, or only those of `owner`. */
  /** `reason` is false in production builds, where the long texts are dropped. */
  drop(reason: string | false, owner?: object): void {
    const dropped = this._queue.filter((item) => owner === undefined || item.owner === owner)
    if (dropped.length === 0) return
    this._queue = this._queue.filter((item) => !dropped.includes(item))
    if (this._queue.length === 0) clearTimeout(this._timer)
    for (const { event, data } of dropped) {
      this._channel.report(
        new ChannelKitError(
          'client_event_dropped',
          process.env.NODE_ENV !== 'production' &&
            `Client event "${event}" on "${this._channel.name}" was queued but never sent: ${reason}.`,
          { channel: this._channel.name, event, data },
        ),
      )
    }
  }
}
