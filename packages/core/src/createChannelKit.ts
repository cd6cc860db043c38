import Pusher, { type Options as PusherOptions } from 'pusher-js'
import { createChannelActions } from './channelActions'
import { createChannelLease, createRefusedLease, createServerLease } from './channelLease'
import { type ChannelRegistry, createChannelRegistry } from './channelRegistry'
import { createConnectionStore } from './connection'
import { ChannelKitError } from './errors'
import { createLeaseStore } from './leaseStore'
import {
  INITIAL_CONNECTION,
  INITIAL_USER,
  INITIAL_WATCHLIST,
  initialChannelSnapshot,
  initialPresenceSnapshot,
  refusedChannelSnapshot,
  refusedPresenceSnapshot,
} from './snapshots'
import { constantStore } from './store'
import { createStoreCache } from './storeCache'
import type {
  ChannelKit,
  ChannelKitOptions,
  ChannelLease,
  ChannelSnapshot,
  EventHandler,
  EventsOf,
  GlobalEventHandler,
  HydratableStore,
  PresenceLease,
  PresenceSnapshot,
  ReadableStore,
} from './types'
import { createUserStores } from './user'
import { channelNameError, presenceNameError } from './validation'

const noop = () => {}

function checkOptions(options: ChannelKitOptions | undefined): asserts options is ChannelKitOptions {
  const fail = (message: string) => {
    throw new ChannelKitError('invalid_options', message)
  }
  if (typeof options !== 'object' || options === null) {
    return fail('createChannelKit() needs options: { key, cluster, ...pusher-js options } or { client }.')
  }
  if (!options.client) {
    if (typeof options.key !== 'string' || options.key === '') {
      fail(
        'createChannelKit() needs your app `key` (with `cluster`), or `client`: a pusher-js instance you created.',
      )
    }
    if (typeof options.cluster !== 'string' || options.cluster === '') {
      fail(
        "createChannelKit() needs `cluster` (e.g. 'mt1'; pusher-js requires it even when wsHost points elsewhere).",
      )
    }
  }
  for (const option of ['releaseDelay', 'subscriptionTimeout'] as const) {
    const ms = options[option]
    if (ms !== undefined && !(typeof ms === 'number' && ms >= 0 && Number.isFinite(ms))) {
      fail(`${option} must be a number of milliseconds ≥ 0; got ${String(ms)}.`)
    }
  }
}

function createClient(options: ChannelKitOptions): Pusher {
  const {
    key,
    client: _client,
    Pusher: Constructor = Pusher,
    server: _server,
    releaseDelay: _releaseDelay,
    subscriptionTimeout: _subscriptionTimeout,
    onError: _onError,
    ...pusherOptions
  } = options
  try {
    return new Constructor(key as string, { ...pusherOptions } as PusherOptions)
  } catch (cause) {
    throw new ChannelKitError(
      'invalid_options',
      `pusher-js rejected the options: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    )
  }
}

/**
 * Creates a ChannelKit: framework-free stores over one pusher-js client, created lazily on first use
 * (never at import, never on the server), or the `client` you pass (which ChannelKit never disconnects).
 */
export function createChannelKit(options: ChannelKitOptions): ChannelKit {
  checkOptions(options)
  const server = options.server ?? (options.client ? false : typeof window === 'undefined')
  const releaseDelay = options.releaseDelay ?? 300
  const report = (error: ChannelKitError) => {
    if (options.onError) options.onError(error)
    else console.error(error)
  }

  const connection = createConnectionStore()
  const users = createUserStores()
  let client: Pusher | undefined
  let registry: ChannelRegistry | undefined
  let signin = () => {}
  let destroyed = false
  const detachers: (() => void)[] = []

  const getClient = (): Pusher | undefined => {
    if (server || destroyed) return undefined
    if (!client) {
      const created = options.client ?? createClient(options)
      detachers.push(connection.attach(created))
      const user = users.attach(created)
      signin = user.signin
      detachers.push(user.detach)
      registry = createChannelRegistry({
        client: created,
        releaseDelay,
        subscriptionTimeout: options.subscriptionTimeout ?? 10_000,
        report,
      })
      client = created
    }
    return client
  }

  // The first subscriber of a kit-level store creates (and so connects) the client.
  const connecting = <T>(store: ReadableStore<T>, initial: T): HydratableStore<T> => ({
    getSnapshot: store.getSnapshot,
    getServerSnapshot: () => initial,
    subscribe(onChange) {
      const unsubscribe = store.subscribe(onChange)
      getClient()
      return unsubscribe
    },
  })

  /** Why `name` cannot be leased (bad name, not presence, destroyed kit), or undefined. */
  const refusal = (name: string, presence: boolean): ChannelKitError | undefined => {
    const error = presence ? presenceNameError(name) : channelNameError(name)
    if (error || !destroyed) return error
    return new ChannelKitError(
      'no_client',
      `Cannot use "${name}": this ChannelKit was destroyed. Create a new one.`,
      { channel: name },
    )
  }
  const lease = (name: string): PresenceLease => {
    getClient()
    return registry ? createChannelLease(registry, registry.acquire(name)) : createServerLease(name)
  }
  const acquire = (name: string, presence = false): PresenceLease => {
    const error = refusal(name, presence)
    if (error) throw error
    return lease(name)
  }
  // The adapters' path: a refused channel is a lease showing the refusal, never a throw.
  const leaseOrRefusal = (name: string, presence = false): PresenceLease => {
    const error = refusal(name, presence)
    return error ? createRefusedLease(name, error) : lease(name)
  }

  const channelStores = createStoreCache<ChannelSnapshot>(releaseDelay)
  const presenceStores = createStoreCache<PresenceSnapshot>(releaseDelay)
  const idlePresence = constantStore(initialPresenceSnapshot())

  const presenceStore = (name: string | null): HydratableStore<PresenceSnapshot> => {
    if (name === null) return idlePresence
    const error = refusal(name, true)
    if (error) return constantStore(refusedPresenceSnapshot(error))
    if (server) return idlePresence
    return presenceStores.get(name, (onIdle, onActive) =>
      createLeaseStore(
        () => {
          const held = leaseOrRefusal(name, true)
          return { store: held.presence, release: held.release }
        },
        () => registry?.find(name)?.presence.getSnapshot(),
        initialPresenceSnapshot(),
        onIdle,
        onActive,
      ),
    )
  }

  const listen = (
    channel: string | null,
    event: string | null,
    handler: EventHandler | GlobalEventHandler,
  ): (() => void) => {
    if (channel === null) return noop
    const error = refusal(channel, false)
    if (error) {
      report(error)
      return noop
    }
    const held = lease(channel)
    const unbind =
      event === null
        ? held.bindGlobal(handler as GlobalEventHandler)
        : held.bind(event, handler as EventHandler)
    return () => {
      unbind()
      held.release()
    }
  }

  const kit: ChannelKit = {
    options,
    getClient,
    connect() {
      const current = getClient()
      // pusher-js ignores connect() while 'unavailable' (its own retry timer runs): start a fresh attempt.
      if (current?.connection.state === 'unavailable') current.disconnect()
      current?.connect()
    },
    disconnect: () => client?.disconnect(),
    connection: connecting(connection.store, INITIAL_CONNECTION),

    channel: <C extends string>(name: C) => acquire(name) as unknown as ChannelLease<EventsOf<C>>,
    presence: <Info, C extends string>(name: C) =>
      acquire(name, true) as unknown as PresenceLease<Info, EventsOf<C>>,

    channelStore(name, { enabled = true } = {}) {
      if (name === null || !enabled) return constantStore(initialChannelSnapshot(name ?? ''))
      const error = refusal(name, false)
      if (error) return constantStore(refusedChannelSnapshot(name, error))
      if (server) return constantStore(initialChannelSnapshot(name))
      return channelStores.get(name, (onIdle, onActive) =>
        createLeaseStore(
          () => leaseOrRefusal(name),
          () => registry?.find(name)?.store.getSnapshot(),
          initialChannelSnapshot(name),
          onIdle,
          onActive,
        ),
      )
    },
    presenceStore: <Info>(name: string | null) =>
      presenceStore(name) as HydratableStore<PresenceSnapshot<Info>>,
    listen,
    channelActions: (name, api) => createChannelActions(leaseOrRefusal, name, api),

    user: connecting(users.user, INITIAL_USER),
    signin() {
      getClient()
      signin()
    },
    bindUser(event: string, handler: EventHandler) {
      const current = getClient()
      if (!current) return noop
      current.user.bind(event, handler)
      return () => {
        current.user.unbind(event, handler)
      }
    },
    watchlist: connecting(users.watchlist, INITIAL_WATCHLIST),

    hold(channel) {
      const error = channel === null ? undefined : refusal(channel, false)
      if (error) report(error)
      // A null or refused channel gets an inert lease: no wire, nothing sent.
      return channel === null
        ? createServerLease('')
        : error
          ? createRefusedLease(channel, error)
          : lease(channel)
    },
    report,

    destroy() {
      if (destroyed) return
      destroyed = true
      // A client of our own is closed right after: unsubscribe frames would race the close (pusher-js
      // sends a tick later) and tell the server nothing a closed connection doesn't.
      registry?.destroy(!options.client)
      for (const detach of detachers) detach()
      channelStores.clear()
      presenceStores.clear()
      if (client && !options.client) client.disconnect()
    },
  }
  return kit
}
