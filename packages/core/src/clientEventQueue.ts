import type { RateLimiter } from './clientEvents'
import { ChannelKitError } from './errors'

interface QueuedEvent {
  owner: object
  event: string
  data: unknown
}

interface QueueOptions {
  channel: string
  limiter: RateLimiter
  report(error: ChannelKitError): void
  /** Whether the channel is subscribed. */
  ready(): boolean
  /** Sends one event; false when pusher-js had no connection to send it on. */
  send(event: string, data: unknown): boolean
}

/** Client events waiting for the subscription, sent in order within the rate limit. */
export function createClientEventQueue({ channel, limiter, report, ready, send }: QueueOptions) {
  const queue: QueuedEvent[] = []
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    while (queue.length > 0 && ready()) {
      const wait = limiter.wait()
      if (wait > 0) {
        timer = setTimeout(flush, wait)
        return
      }
      const item = queue[0]!
      if (!send(item.event, item.data)) return
      queue.shift()
    }
  }

  /** Drops (and reports) every queued event that `keep` rejects. */
  const drop = (reason: string, keep: (item: QueuedEvent) => boolean = () => false) => {
    const dropped = queue.filter((item) => !keep(item))
    queue.splice(0, queue.length, ...queue.filter(keep))
    for (const item of dropped) {
      report(
        new ChannelKitError(
          'client_event_dropped',
          `Client event "${item.event}" on "${channel}" was queued but never sent: ${reason}.`,
          { channel, event: item.event, data: item.data },
        ),
      )
    }
  }

  return {
    get size() {
      return queue.length
    },
    push(owner: object, event: string, data: unknown) {
      queue.push({ owner, event, data })
    },
    flush,
    drop,
    dropOwned(owner: object) {
      drop('its lease was released before the subscription succeeded', (item) => item.owner !== owner)
    },
    dispose(reason: string) {
      clearTimeout(timer)
      drop(reason)
    },
  }
}

export type ClientEventQueue = ReturnType<typeof createClientEventQueue>
