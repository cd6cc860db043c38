import type { Frame } from '@channelkit/server'

/** Which frames to read: every field given must match. */
export interface FrameFilter {
  /** `'in'`: what clients sent the server; `'out'`: what the server sent them. */
  direction?: 'in' | 'out'
  /** The channel the frame is about (also `pusher:subscribe` / `pusher:unsubscribe`, which carry it in `data`). */
  channel?: string
  event?: string
  socketId?: string
}

/** A `FrameFilter`, or any predicate. */
export type FrameMatcher = FrameFilter | ((frame: Frame) => boolean)

/** The channel a frame is about: events carry it at the top, `pusher:subscribe` and `pusher:unsubscribe` in `data`. */
export function channelOf(frame: Frame): string | undefined {
  if (frame.channel !== undefined) return frame.channel
  const data = frame.data
  return typeof data === 'object' &&
    data !== null &&
    typeof (data as { channel?: unknown }).channel === 'string'
    ? (data as { channel: string }).channel
    : undefined
}

export function frameMatches(matcher: FrameMatcher, frame: Frame): boolean {
  if (typeof matcher === 'function') return matcher(frame)
  return (
    (matcher.direction === undefined || frame.direction === matcher.direction) &&
    (matcher.event === undefined || frame.event === matcher.event) &&
    (matcher.socketId === undefined || frame.socketId === matcher.socketId) &&
    (matcher.channel === undefined || channelOf(frame) === matcher.channel)
  )
}

/** `data` as an object: the server sends events' data as JSON strings. */
export function parsed(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

export function describeMatcher(matcher: FrameMatcher): string {
  return typeof matcher === 'function' ? 'the predicate' : JSON.stringify(matcher)
}
