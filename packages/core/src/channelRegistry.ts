import type Pusher from 'pusher-js'
import type { Channel } from 'pusher-js'
import { type ChannelEntry, createChannelEntry, type RegistryEntry } from './channelEntry'
import { createRateLimiter } from './clientEvents'
import type { ChannelKitError } from './errors'
import type { ConnectionState } from './types'

export type { ChannelEntry } from './channelEntry'

export interface RegistryOptions {
  client: Pusher
  releaseDelay: number
  subscriptionTimeout: number
  report(error: ChannelKitError): void
}

export interface ChannelRegistry {
  acquire(name: string): ChannelEntry
  release(entry: ChannelEntry): void
  find(name: string): ChannelEntry | undefined
  /** `disconnecting`: the kit closes the connection next, so no unsubscribe frames are sent. */
  destroy(disconnecting?: boolean): void
}

interface Held {
  entry: RegistryEntry
  leases: number
  releaseTimer: ReturnType<typeof setTimeout> | undefined
}

/** Ref-counted channels over one pusher-js client: the first lease subscribes, the last unsubscribes late. */
export function createChannelRegistry({
  client,
  releaseDelay,
  subscriptionTimeout,
  report,
}: RegistryOptions): ChannelRegistry {
  const held = new Map<string, Held>()
  const limiter = createRateLimiter()
  /** Channels released while their subscription was in flight, waiting for its outcome. */
  const settling = new Map<string, { finish(): void; cancel(): void }>()

  const unsubscribe = (name: string, channel: Channel) => {
    // A server-sent subscription_error leaves pusher-js "pending" forever; unsubscribe would keep it then.
    channel.subscriptionPending = false
    client.unsubscribe(name)
  }
  // pusher-js's own cancel leaves the channel in its table for good when the subscription then fails,
  // so wait for the outcome ourselves and unsubscribe after it.
  const settleThenUnsubscribe = (name: string, channel: Channel) => {
    const cancel = () => {
      channel.unbind_global(onOutcome)
      settling.delete(name)
    }
    const finish = () => {
      cancel()
      unsubscribe(name, channel)
    }
    const onOutcome = (event: string) => {
      if (event === 'pusher:subscription_succeeded' || event === 'pusher:subscription_error') finish()
    }
    channel.bind_global(onOutcome)
    settling.set(name, { finish, cancel })
  }

  const context = {
    client,
    limiter,
    subscriptionTimeout,
    report,
    claim(name: string) {
      const ownedByApp = client.channel(name) !== undefined && !settling.has(name)
      settling.get(name)?.cancel()
      return ownedByApp
    },
    letGo(name: string, channel: Channel, failed: boolean) {
      if (channel.subscriptionPending && !failed) settleThenUnsubscribe(name, channel)
      else unsubscribe(name, channel)
    },
  }

  const teardown = (hold: Held, wire = true) => {
    clearTimeout(hold.releaseTimer)
    hold.entry.close(wire)
    held.delete(hold.entry.name)
  }

  const onStateChange = ({ current }: { current: ConnectionState }) => {
    if (current === 'connected') return
    for (const { entry } of held.values()) entry.onConnectionState(current)
    // An in-flight subscription dies with the connection: nothing to wait for.
    for (const { finish } of [...settling.values()]) finish()
  }
  // Bound after pusher-js's own 'connected' handler, which resubscribes every channel first.
  const onConnected = () => {
    for (const { entry } of held.values()) entry.onConnectionState('connected')
  }
  client.connection.bind('state_change', onStateChange)
  client.connection.bind('connected', onConnected)

  return {
    acquire(name) {
      let hold = held.get(name)
      if (!hold) {
        hold = { entry: createChannelEntry(name, context), leases: 0, releaseTimer: undefined }
        held.set(name, hold)
        hold.entry.open()
      }
      clearTimeout(hold.releaseTimer)
      hold.releaseTimer = undefined
      hold.leases++
      return hold.entry
    },
    release(entry) {
      const hold = held.get(entry.name)
      if (hold?.entry !== entry || --hold.leases > 0) return
      if (releaseDelay <= 0) teardown(hold)
      else hold.releaseTimer = setTimeout(() => teardown(hold), releaseDelay)
    },
    find: (name) => held.get(name)?.entry,
    destroy(disconnecting = false) {
      for (const hold of [...held.values()]) teardown(hold, !disconnecting)
      if (disconnecting) for (const { cancel } of [...settling.values()]) cancel()
      client.connection.unbind('state_change', onStateChange)
      client.connection.unbind('connected', onConnected)
    },
  }
}
