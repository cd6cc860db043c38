import { ChannelKitError } from './errors'
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
  const details = { channel, event }
  if (typeof event !== 'string' || !event.startsWith('client-')) {
    throw new ChannelKitError(
      'invalid_event_name',
      `Client event name ${shown(event)} must start with "client-", e.g. "client-typing".`,
      details,
    )
  }
  if (event.length > MAX_EVENT_NAME) {
    throw new ChannelKitError(
      'invalid_event_name',
      `Client event name is ${event.length} characters long; the limit is ${MAX_EVENT_NAME}.`,
      details,
    )
  }
  const kind = channelKind(channel)
  if (kind === 'public' || kind === 'encrypted') {
    const why =
      kind === 'public'
        ? 'public channels do not accept client events; use a private- or presence- channel'
        : 'pusher-js cannot send client events on private-encrypted- channels; trigger from your server instead'
    throw new ChannelKitError(
      'client_event_not_allowed',
      `Cannot send "${event}" on "${channel}": ${why}.`,
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
      `The data of "${event}" cannot be turned into JSON (${cause instanceof Error ? cause.message : 'it threw'}); send plain objects, arrays, strings, numbers and booleans (no BigInt, no cycles).`,
      details,
    )
  }
  if (json === undefined) {
    throw new ChannelKitError(
      'payload_not_serializable',
      `The data of "${event}" serializes to nothing (a function or symbol?); send a plain JSON value.`,
      details,
    )
  }
  const bytes = new TextEncoder().encode(json).length
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new ChannelKitError(
      'payload_too_large',
      `The data of "${event}" is ${bytes} bytes as JSON; client events may carry at most ${MAX_PAYLOAD_BYTES} bytes. Send an id and fetch the rest, or trigger from your server.`,
      { ...details, bytes, limit: MAX_PAYLOAD_BYTES },
    )
  }
  return payload
}

export interface RateLimiter {
  /** Milliseconds until one more event may be sent (0 = now). */
  wait(): number
  record(): void
}

/** A rolling window of sent-event times: at most `limit` in any `windowMs`. */
export function createRateLimiter(limit = RATE_LIMIT, windowMs = RATE_WINDOW_MS + JITTER_MS): RateLimiter {
  const sent: number[] = []
  const prune = (now: number) => {
    while (sent.length > 0 && sent[0]! <= now - windowMs) sent.shift()
  }
  return {
    wait() {
      const now = Date.now()
      prune(now)
      return sent.length < limit ? 0 : sent[0]! + windowMs - now
    },
    record() {
      sent.push(Date.now())
    },
  }
}

export function rateLimitedError(channel: string, event: string, wait: number): ChannelKitError {
  return new ChannelKitError(
    'rate_limited',
    `Pusher allows ${RATE_LIMIT} client events per second per connection; wait ${wait} ms before sending "${event}" on "${channel}" (throttle or batch your events).`,
    { channel, event, retryAfter: wait },
  )
}
