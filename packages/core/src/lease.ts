import type { Channel } from './channel'
import { ChannelKitError } from './errors'
import {
  IDLE_PRESENCE,
  initialChannelSnapshot,
  refusedChannelSnapshot,
  refusedPresenceSnapshot,
} from './snapshots'
import { constantStore } from './store'
import type {
  ChannelSnapshot,
  EventHandler,
  GlobalEventHandler,
  PresenceLease,
  PresenceSnapshot,
} from './types'

const noop = () => {}

/** A hold on a channel. Every handler it bound goes away with it; release is idempotent. */
export class Lease implements PresenceLease {
  private _released = false
  private _unbinds: Set<() => void> | undefined

  private readonly _channel: Channel
  constructor(channel: Channel) {
    this._channel = channel
    channel.hold()
  }

  get name(): string {
    return this._channel.name
  }
  get store(): Channel {
    return this._channel
  }
  get presence() {
    return this._channel.presence
  }

  private _track(unbind: () => void): () => void {
    if (this._released) {
      unbind()
      return noop
    }
    this._unbinds ??= new Set()
    const once = () => {
      if (this._unbinds?.delete(once)) unbind()
    }
    this._unbinds.add(once)
    return once
  }

  bind(event: string, handler: EventHandler): () => void {
    return this._track(this._channel.bind(event, handler))
  }
  bindGlobal(handler: GlobalEventHandler): () => void {
    return this._track(this._channel.bindGlobal(handler))
  }
  trigger(event: `client-${string}`, data?: unknown) {
    if (this._released) {
      throw new ChannelKitError(
        'client_event_dropped',
        process.env.NODE_ENV !== 'production' &&
          `Cannot send "${event}" on "${this.name}": this lease was released. Acquire the channel again with kit.channel().`,
        { channel: this.name, event },
      )
    }
    return this._channel.trigger(this, event, data)
  }
  retry(): void {
    this._channel.retry()
  }
  release(): void {
    if (this._released) return
    this._released = true
    for (const unbind of [...(this._unbinds ?? [])]) unbind()
    this._channel.dropQueued(this)
    this._channel.release()
  }
}

/** A lease that holds nothing: fixed snapshots, no wire; `trigger` throws `refusal`. */
export function inertLease(
  name: string,
  refusal: ChannelKitError,
  snapshot: ChannelSnapshot = refusedChannelSnapshot(name, refusal),
  presence: PresenceSnapshot = refusedPresenceSnapshot(refusal),
): PresenceLease {
  return {
    name,
    store: constantStore(snapshot),
    presence: constantStore(presence),
    bind: () => noop,
    bindGlobal: () => noop,
    trigger() {
      throw refusal
    },
    retry: noop,
    release: noop,
  }
}

/** What a lease is where the kit never connects (SSR): initial snapshots; `trigger` says why nothing is sent. */
export const serverLease = (name: string, refusal: ChannelKitError): PresenceLease =>
  inertLease(name, refusal, initialChannelSnapshot(name), IDLE_PRESENCE)
