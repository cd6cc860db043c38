import Pusher, { type Options as PusherOptions } from 'pusher-js'
import { Channel, type KitCore } from './channel'
import { RateLimiter } from './clientEvents'
import { createConnectionStore } from './connection'
import { ChannelKitError } from './errors'
import { register } from './internals'
import { Lease, serverLease } from './lease'
import { INITIAL_CONNECTION } from './snapshots'
import type {
  ChannelKit,
  ChannelKitOptions,
  ChannelLease,
  ConnectionState,
  EventsOf,
  HydratableStore,
  PresenceLease,
  ReadableStore,
} from './types'
import { channelNameError, presenceNameError, shown } from './validation'

function checkOptions(options: ChannelKitOptions | undefined): asserts options is ChannelKitOptions {
  const fail = (message: string | false, option?: string): never => {
    throw new ChannelKitError('invalid_options', message, { option })
  }
  if (typeof options !== 'object' || options === null) {
    fail(
      process.env.NODE_ENV !== 'production' &&
        'createChannelKit() needs options: { key, cluster, ...pusher-js options } or { client }.',
    )
  } else if (!options.client) {
    if (typeof options.key !== 'string' || options.key === '') {
      fail(
        process.env.NODE_ENV !== 'production' &&
          'createChannelKit() needs your app `key` (with `cluster`), or `client`: a pusher-js instance you created.',
        'key',
      )
    }
    if (typeof options.cluster !== 'string' || options.cluster === '') {
      fail(
        process.env.NODE_ENV !== 'production' &&
          "createChannelKit() needs `cluster` (e.g. 'mt1'; pusher-js requires it even when wsHost points elsewhere).",
        'cluster',
      )
    }
  }
  for (const option of ['releaseDelay', 'subscriptionTimeout'] as const) {
    const ms = options?.[option]
    if (ms !== undefined && !(typeof ms === 'number' && ms >= 0 && Number.isFinite(ms))) {
      fail(
        process.env.NODE_ENV !== 'production' &&
          `${option} must be a number of milliseconds ≥ 0; got ${String(ms)}.`,
        option,
      )
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
    return new Constructor(key as string, pusherOptions as PusherOptions)
  } catch (cause) {
    throw new ChannelKitError(
      'invalid_options',
      process.env.NODE_ENV !== 'production' &&
        `pusher-js rejected the options: ${cause instanceof Error ? cause.message : String(cause)}`,
      {},
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
  const report = (error: ChannelKitError) => (options.onError ?? console.error)(error as never)
  const connection = createConnectionStore()
  const detachers: (() => void)[] = []
  let lastRefusal: string | undefined
  let core: KitCore | undefined
  const attachments: ((client: Pusher) => () => void)[] = []
  let destroyed = false
  let toldServer = false

  const noClient = (reason: 'server' | 'destroyed', channel?: string) =>
    new ChannelKitError(
      'no_client',
      process.env.NODE_ENV !== 'production' &&
        (reason === 'server'
          ? `This ChannelKit never connects: it runs where there is no \`window\`, so it treats this as server rendering${channel ? ` (nothing was subscribed to "${channel}")` : ''}. To connect from Node (a script, a test), create it with \`server: false\`.`
          : `${channel ? `Cannot use "${channel}": t` : 'T'}his ChannelKit was destroyed. Create a new one.`),
      { reason, channel },
    )
  /** Using a kit that never connects to connect says so, once. */
  const tellServer = (channel?: string) => {
    if (!server || toldServer) return
    toldServer = true
    report(noClient('server', channel))
  }

  const getClient = (): Pusher | undefined => {
    if (server || destroyed) return undefined
    if (core) return core.client
    const client = options.client ?? createClient(options)
    const channels = new Map<string, Channel>()
    const settling = new Map<string, (finish: boolean) => void>()
    core = {
      client,
      releaseDelay: options.releaseDelay ?? 300,
      subscriptionTimeout: options.subscriptionTimeout ?? 10_000,
      limiter: new RateLimiter(),
      channels,
      settling,
      report,
    }
    const onStateChange = ({ current }: { current: ConnectionState }) => {
      if (current === 'connected') return
      for (const channel of channels.values()) channel.onConnectionState(current)
      // An in-flight subscription dies with the connection: nothing to wait for.
      for (const settle of [...settling.values()]) settle(true)
    }
    // Bound after pusher-js's own 'connected' handler, which subscribes every channel again first.
    const onConnected = () => {
      for (const channel of channels.values()) channel.onConnectionState('connected')
    }
    client.connection.bind('state_change', onStateChange)
    client.connection.bind('connected', onConnected)
    detachers.push(
      connection.attach(client),
      ...attachments.map((attach) => attach(client)),
      () => client.connection.unbind('state_change', onStateChange),
      () => client.connection.unbind('connected', onConnected),
    )
    return client
  }

  const refusal = (name: string, presence: boolean): ChannelKitError | undefined =>
    (presence ? presenceNameError(name) : channelNameError(name)) ??
    (destroyed ? noClient('destroyed', name) : undefined)

  const channel = (name: string): Channel | undefined => {
    getClient()
    if (!core) return undefined
    let found = core.channels.get(name)
    if (!found) {
      found = new Channel(core, name)
      core.channels.set(name, found)
    }
    return found
  }

  const acquire = (name: string, presence: boolean): PresenceLease => {
    const error = refusal(name, presence)
    if (error) throw error
    const found = channel(name)
    if (found) return new Lease(found)
    tellServer(name)
    return serverLease(name, noClient('server', name))
  }

  // The first subscriber of a kit-level store creates (and so connects) the client.
  const connecting = <T>(store: ReadableStore<T>, initial: T): HydratableStore<T> => ({
    getSnapshot: () => store.getSnapshot(),
    getServerSnapshot: () => initial,
    subscribe(onChange) {
      const unsubscribe = store.subscribe(onChange)
      if (!getClient()) tellServer()
      return unsubscribe
    },
  })

  const kit: ChannelKit = {
    options,
    getClient,
    connect() {
      const current = getClient()
      if (!current) return tellServer()
      // pusher-js ignores connect() while 'unavailable' (its own retry timer runs): start a fresh attempt.
      if (current.connection.state === 'unavailable') current.disconnect()
      current.connect()
    },
    disconnect: () => core?.client.disconnect(),
    connection: connecting(connection.store, INITIAL_CONNECTION),
    channel: <C extends string>(name: C) => acquire(name, false) as unknown as ChannelLease<EventsOf<C>>,
    presence: <Info, C extends string>(name: C) =>
      acquire(name, true) as unknown as PresenceLease<Info, EventsOf<C>>,
    destroy() {
      if (destroyed) return
      destroyed = true
      if (core) {
        // A client of our own is closed right after: unsubscribe frames would race the close (pusher-js
        // sends a tick later) and tell the server nothing a closed connection doesn't.
        const wire = Boolean(options.client)
        for (const open of [...core.channels.values()]) open.close(wire)
        if (!wire) for (const settle of [...core.settling.values()]) settle(false)
      }
      for (const detach of detachers.splice(0)) detach()
      if (core && !options.client) core.client.disconnect()
    },
  }

  return register(kit, {
    channel: (name) => (destroyed ? undefined : channel(name)),
    peek: (name) => core?.channels.get(name),
    _core: () => core,
    refusal,
    report(error) {
      // A bad name used again in the same tick (StrictMode's second effect run, several components of
      // one render) is reported once.
      if (error.code === 'invalid_channel_name' || error.code === 'not_a_presence_channel') {
        const refused = `${error.code} ${shown((error as ChannelKitError<typeof error.code>).details.channel)}`
        if (refused === lastRefusal) return
        lastRefusal = refused
        queueMicrotask(() => {
          lastRefusal = undefined
        })
      }
      report(error)
    },
    server,
    tellServer,
    noClient: (name) => noClient(destroyed ? 'destroyed' : 'server', name),
    client: getClient,
    onClient(attach) {
      attachments.push(attach)
      if (core) detachers.push(attach(core.client))
    },
    connecting,
  })
}
