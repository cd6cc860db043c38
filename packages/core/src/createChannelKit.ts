import Pusher, { type Options as PusherOptions } from 'pusher-js'
import { createChannelLease, createServerLease } from './channelLease'
import { type ChannelRegistry, createChannelRegistry } from './channelRegistry'
import { createConnectionStore } from './connection'
import { ChannelKitError } from './errors'
import { createLeaseStore, type LeaseStore } from './leaseStore'
import { createNotificationStore } from './notifications'
import { initialChannelSnapshot, initialPresenceSnapshot } from './snapshots'
import { constantStore } from './store'
import type {
  ChannelKit,
  ChannelKitOptions,
  ChannelLease,
  ChannelSnapshot,
  EventHandler,
  EventsOf,
  PresenceLease,
  PresenceSnapshot,
  ReadableStore,
} from './types'
import { createTypingStore } from './typing'
import { createUserStores } from './user'
import { channelKind, validateChannelName } from './validation'

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
  const delay = options.releaseDelay
  if (delay !== undefined && !(typeof delay === 'number' && delay >= 0 && Number.isFinite(delay))) {
    fail(`releaseDelay must be a number of milliseconds ≥ 0; got ${String(delay)}.`)
  }
}

/** On the server a store is its initial snapshot, for good. */
function serverStore<T>(initial: T): LeaseStore<T> {
  return { ...constantStore(initial), getServerSnapshot: () => initial }
}

function createClient(options: ChannelKitOptions): Pusher {
  const {
    key,
    client: _client,
    Pusher: Constructor = Pusher,
    server: _server,
    releaseDelay: _releaseDelay,
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
  const timers = new Set<ReturnType<typeof setTimeout>>()

  const getClient = (): Pusher | undefined => {
    if (server || destroyed) return undefined
    if (!client) {
      const created = options.client ?? createClient(options)
      detachers.push(connection.attach(created))
      const user = users.attach(created)
      signin = user.signin
      detachers.push(user.detach)
      registry = createChannelRegistry({ client: created, releaseDelay, report })
      client = created
    }
    return client
  }

  // The first subscriber of a kit-level store creates (and so connects) the client.
  const connecting = <T>(store: ReadableStore<T>): ReadableStore<T> => ({
    getSnapshot: store.getSnapshot,
    subscribe(onChange) {
      const unsubscribe = store.subscribe(onChange)
      getClient()
      return unsubscribe
    },
  })

  const acquire = (name: string): PresenceLease => {
    validateChannelName(name)
    if (destroyed) {
      throw new ChannelKitError(
        'no_client',
        `Cannot use "${name}": this ChannelKit was destroyed. Create a new one.`,
      )
    }
    getClient()
    return registry ? createChannelLease(registry, registry.acquire(name)) : createServerLease(name)
  }
  const checkPresenceName = (name: string) => {
    validateChannelName(name)
    if (channelKind(name) !== 'presence') {
      throw new ChannelKitError(
        'not_a_presence_channel',
        `"${name}" is not a presence channel: presence channel names start with "presence-" (e.g. "presence-${name.replace(/^(private-encrypted-|private-)/, '')}").`,
        { channel: name },
      )
    }
  }
  const acquirePresence = (name: string): PresenceLease => {
    checkPresenceName(name)
    return acquire(name)
  }

  // Adapter stores: one object per name while in use, dropped after the grace period once idle.
  const cached = <T>(
    cache: Map<string, LeaseStore<T>>,
    name: string,
    make: (onIdle: () => void, onActive: () => void) => LeaseStore<T>,
  ): LeaseStore<T> => {
    const existing = cache.get(name)
    if (existing) return existing
    let idle = true
    const drop = () => {
      if (idle && cache.get(name) === store) cache.delete(name)
    }
    const store = make(
      () => {
        idle = true
        if (releaseDelay <= 0) return drop()
        const timer = setTimeout(() => {
          timers.delete(timer)
          drop()
        }, releaseDelay)
        timers.add(timer)
      },
      () => {
        idle = false
        if (!cache.has(name)) cache.set(name, store)
      },
    )
    cache.set(name, store)
    return store
  }
  const channelStores = new Map<string, LeaseStore<ChannelSnapshot>>()
  const presenceStores = new Map<string, LeaseStore<PresenceSnapshot>>()

  const kit: ChannelKit = {
    options,
    getClient,
    connect: () => getClient()?.connect(),
    disconnect: () => client?.disconnect(),
    connection: connecting(connection.store),

    channel: <C extends string>(name: C) => acquire(name) as unknown as ChannelLease<EventsOf<C>>,
    presence: <Info, C extends string>(name: C) =>
      acquirePresence(name) as unknown as PresenceLease<Info, EventsOf<C>>,

    channelStore(name) {
      validateChannelName(name)
      if (server) return serverStore(initialChannelSnapshot(name))
      return cached(channelStores, name, (onIdle, onActive) =>
        createLeaseStore(
          () => acquire(name),
          () => registry?.find(name)?.store.getSnapshot(),
          initialChannelSnapshot(name),
          onIdle,
          onActive,
        ),
      )
    },
    presenceStore<Info>(name: string) {
      checkPresenceName(name)
      if (server) return serverStore(initialPresenceSnapshot<Info>())
      return cached(presenceStores, name, (onIdle, onActive) =>
        createLeaseStore(
          () => {
            const lease = acquirePresence(name)
            return { store: lease.presence, release: lease.release }
          },
          () => registry?.find(name)?.presence.getSnapshot(),
          initialPresenceSnapshot(),
          onIdle,
          onActive,
        ),
      ) as unknown as LeaseStore<PresenceSnapshot<Info>>
    },

    user: connecting(users.user),
    signin() {
      getClient()
      signin()
    },
    bindUser(event: string, handler: EventHandler) {
      const current = getClient()
      if (!current) return () => {}
      current.user.bind(event, handler)
      return () => {
        current.user.unbind(event, handler)
      }
    },
    watchlist: connecting(users.watchlist),

    typing(channel, typingOptions = {}) {
      const isPresence = channelKind(channel) === 'presence'
      return createTypingStore(acquire(channel), isPresence, typingOptions, report)
    },
    notifications(channel, event, notificationOptions = {}) {
      if (channel === null) return createNotificationStore(notificationOptions)
      validateChannelName(channel)
      return createNotificationStore(notificationOptions, (onData) => {
        const lease = acquire(channel)
        const unbind =
          event === null ? lease.bindGlobal((_event, data) => onData(data)) : lease.bind(event, onData)
        return () => {
          unbind()
          lease.release()
        }
      })
    },

    destroy() {
      if (destroyed) return
      destroyed = true
      registry?.destroy()
      for (const detach of detachers) detach()
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      channelStores.clear()
      presenceStores.clear()
      if (client && !options.client) client.disconnect()
    },
  }
  return kit
}
