import type { Channel } from './channels'

/** Above this many subscribers Pusher sends `subscription_count` at most once per window. */
export const COUNT_THROTTLE_ABOVE = 100

interface CountWindow {
  timer: NodeJS.Timeout
  /** The count subscribers last heard, so an unchanged one is not sent again. */
  sent: number
}

/**
 * Decides when a channel's subscription count goes out: every change while the channel has at most
 * 100 subscribers; above that one send per window, then one trailing send of the latest count.
 * Without it, filling a channel of n subscribers sends n²/2 frames.
 */
export class CountThrottle {
  private readonly windows = new Map<Channel, CountWindow>()
  private closed = false

  /** `windowMs` 0 sends every change. */
  constructor(
    private readonly windowMs: number,
    private readonly send: (channel: Channel, count: number) => void,
  ) {}

  changed(channel: Channel): void {
    if (this.closed) return
    const count = channel.subscribers.size
    const open = this.windows.get(channel)
    if (count <= COUNT_THROTTLE_ABOVE || this.windowMs === 0) {
      this.send(channel, count)
      if (open) open.sent = count
      // An emptied channel is gone: a later subscriber makes a new Channel with its own window.
      if (count === 0) this.forget(channel)
      return
    }
    if (!open) this.sendAndWait(channel, count)
  }

  /** Clears every timer; later changes send nothing (the server is going away). */
  close(): void {
    this.closed = true
    for (const channel of [...this.windows.keys()]) this.forget(channel)
  }

  private sendAndWait(channel: Channel, count: number): void {
    this.send(channel, count)
    const timer = setTimeout(() => this.windowEnded(channel), this.windowMs)
    this.windows.set(channel, { timer, sent: count })
  }

  private windowEnded(channel: Channel): void {
    const sent = this.windows.get(channel)?.sent
    this.windows.delete(channel)
    const count = channel.subscribers.size
    // The trailing send opens the next window, so a steady stream of joins stays at one send per window.
    if (count !== sent) this.sendAndWait(channel, count)
  }

  private forget(channel: Channel): void {
    clearTimeout(this.windows.get(channel)?.timer)
    this.windows.delete(channel)
  }
}
