import type { ChannelEntry, ChannelRegistry } from './channelRegistry'
import { ChannelKitError } from './errors'
import {
  initialChannelSnapshot,
  initialPresenceSnapshot,
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

/** A lease on a registry entry. Every handler it bound goes away with it. */
export function createChannelLease(registry: ChannelRegistry, entry: ChannelEntry): PresenceLease {
  const unbinds = new Set<() => void>()
  let released = false

  const track = (unbind: () => void) => {
    if (released) {
      unbind()
      return () => {}
    }
    const once = () => {
      if (unbinds.delete(once)) unbind()
    }
    unbinds.add(once)
    return once
  }

  const lease: PresenceLease = {
    name: entry.name,
    store: entry.store,
    presence: entry.presence,
    bind: (event: string, handler: EventHandler) => track(entry.bind(event, handler)),
    bindGlobal: (handler: GlobalEventHandler) => track(entry.bindGlobal(handler)),
    trigger(event: string, data?: unknown) {
      if (released) {
        throw new ChannelKitError(
          'client_event_dropped',
          `Cannot send "${event}" on "${entry.name}": this lease was released. Acquire the channel again with kit.channel().`,
          { channel: entry.name, event },
        )
      }
      return entry.trigger(lease, event, data)
    },
    retry: () => entry.retry(),
    release() {
      if (released) return
      released = true
      for (const unbind of [...unbinds]) unbind()
      entry.dropQueued(lease)
      registry.release(entry)
    },
  }
  return lease
}

/** A lease that holds nothing: fixed snapshots, no wire; `trigger` throws what `refuse` says. */
function createInertLease(
  name: string,
  snapshot: ChannelSnapshot,
  presence: PresenceSnapshot,
  refuse: (event: string) => ChannelKitError,
): PresenceLease {
  return {
    name,
    store: constantStore(snapshot),
    presence: constantStore(presence),
    bind: () => noop,
    bindGlobal: () => noop,
    trigger(event: string) {
      throw refuse(event)
    },
    retry: noop,
    release: noop,
  }
}

/** What a lease is during SSR: initial snapshots, no wire. */
export function createServerLease(name: string): PresenceLease {
  return createInertLease(
    name,
    initialChannelSnapshot(name),
    initialPresenceSnapshot(),
    (event) =>
      new ChannelKitError(
        'no_client',
        `Cannot send "${event}" on "${name}" on the server: ChannelKit does not connect during SSR. Trigger from an effect or an event handler.`,
        { channel: name, event },
      ),
  )
}

/** What adapters hold for a channel ChannelKit refused: the refusal as state, and thrown by `trigger`. */
export function createRefusedLease(name: string, error: ChannelKitError): PresenceLease {
  return createInertLease(
    name,
    refusedChannelSnapshot(name, error),
    refusedPresenceSnapshot(error),
    () => error,
  )
}
