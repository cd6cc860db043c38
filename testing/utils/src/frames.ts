import type { Frame } from '@channelkit/server'

/** A frame as the fixture records it: `at` is when the server saw it (`performance.now()`). */
export type SeenFrame = Frame & { at: number }

/** The channel a frame is about: protocol frames carry it in `data` (pusher:subscribe), events at the top. */
export const channelOf = (frame: Frame): string | undefined =>
  frame.channel ?? (frame.data as { channel?: string } | undefined)?.channel

/** Frames a client sent about `channel` (`undefined`: any channel), optionally only `event`. */
export const sent =
  (channel: string | undefined, event?: string) =>
  (frame: Frame): boolean =>
    frame.direction === 'in' &&
    (channel === undefined || channelOf(frame) === channel) &&
    (event === undefined || frame.event === event)

/** The `pusher:subscribe` frames clients sent for `channel`. */
export const subscribeFrames = (channel: string) => sent(channel, 'pusher:subscribe')
