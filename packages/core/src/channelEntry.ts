import type Pusher from 'pusher-js'
import type { Channel, PresenceChannel } from 'pusher-js'
import { type ClientEventQueue, createClientEventQueue } from './clientEventQueue'
import { type RateLimiter, rateLimitedError, validateClientEvent } from './clientEvents'
import { ChannelKitError } from './errors'
import {
  addMember,
  EMPTY_ROSTER,
  presenceSnapshot,
  type Roster,
  removeMember,
  replaceRoster,
} from './presence'
import { initialChannelSnapshot, initialPresenceSnapshot, refusedError } from './snapshots'
import { constantStore, createStore, type Store } from './store'
import type {
  ChannelSnapshot,
  ChannelStatus,
  ConnectionState,
  EventHandler,
  EventMetadata,
  GlobalEventHandler,
  PresenceSnapshot,
  ReadableStore,
  SubscriptionError,
  TriggerResult,
} from './types'

/** One subscribed channel, shared by all its leases. */
export interface ChannelEntry {
  readonly name: string
  readonly store: Store<ChannelSnapshot>
  readonly presence: ReadableStore<PresenceSnapshot>
  bind(event: string, handler: EventHandler): () => void
  bindGlobal(handler: GlobalEventHandler): () => void
  /** `owner` is the lease: its queued events are dropped when it is released. */
  trigger(owner: object, event: string, data: unknown): TriggerResult
  dropQueued(owner: object): void
  retry(): void
}

/** What the registry does for an entry. */
export interface EntryContext {
  client: Pusher
  limiter: RateLimiter
  /** Milliseconds a subscription may stay pending while connected before it shows `error`. */
  subscriptionTimeout: number
  report(error: ChannelKitError): void
  /** Claims the pusher-js channel; true when the app subscribed it itself (we never unsubscribe it then). */
  claim(name: string): boolean
  /** Gives the pusher-js channel back: unsubscribes now, or once an in-flight subscription settled. */
  letGo(name: string, channel: Channel, failed: boolean): void
}

export interface RegistryEntry extends ChannelEntry {
  open(): void
  /** `wire: false` when the connection is about to close anyway: no unsubscribe frame then. */
  close(wire?: boolean): void
  onConnectionState(state: ConnectionState): void
}

const NO_ROSTER = constantStore(initialPresenceSnapshot())

const isInternal = (event: string) => event.startsWith('pusher:') || event.startsWith('pusher_internal:')

function toSubscriptionError(data: unknown): SubscriptionError {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  return {
    type: typeof raw.type === 'string' ? raw.type : 'SubscriptionError',
    error: typeof raw.error === 'string' ? raw.error : String(raw.error ?? data ?? 'Subscription failed'),
    status: typeof raw.status === 'number' ? raw.status : undefined,
  }
}

/** The state of one channel, fed by its pusher-js channel's lifecycle events. */
export function createChannelEntry(
  name: string,
  { client, limiter, subscriptionTimeout, report, claim, letGo }: EntryContext,
): RegistryEntry {
  const store = createStore(initialChannelSnapshot(name))
  const isPresence = store.getSnapshot().kind === 'presence'
  // Only presence channels keep a roster; the others share one idle store.
  const rosterStore = isPresence ? createStore(initialPresenceSnapshot()) : undefined
  const presence = rosterStore ?? NO_ROSTER
  const cache = store.getSnapshot().cache
  // Each `bind` is its own pusher-js binding (the token tells equal handlers apart), so an event
  // reaches a handler with no dispatch of ours in between.
  const bindings = new Set<{ event: string; handler: EventHandler; token: object }>()
  const globals = new Set<GlobalEventHandler>()
  let channel: Channel | undefined
  let ownedByApp = false
  let roster: Roster = EMPTY_ROSTER
  let myId: string | undefined
  let timeout: ReturnType<typeof setTimeout> | undefined

  const status = () => store.getSnapshot().status
  const syncPresence = () => {
    rosterStore?.set(presenceSnapshot(status(), roster, myId, store.getSnapshot().error))
  }
  const setStatus = (next: ChannelStatus, error?: SubscriptionError) => {
    clearTimeout(timeout)
    store.update((s) => ({ ...s, status: next, error }))
    syncPresence()
    // pusher-js waits for a hanging authorization endpoint forever; give up so retry() can help.
    if (next === 'subscribing' && subscriptionTimeout > 0 && client.connection.state === 'connected') {
      timeout = setTimeout(giveUp, subscriptionTimeout)
    }
  }
  const giveUp = () => {
    if (status() !== 'subscribing') return
    setStatus('error', {
      type: 'SubscriptionTimeout',
      error: `No answer to the subscription of "${name}" within ${subscriptionTimeout} ms: the authorization endpoint (or the server) did not respond. Call retry() once it is back.`,
      status: undefined,
    })
    queue?.drop(`the subscription timed out after ${subscriptionTimeout} ms`)
  }
  const readMembers = () => {
    const members = (channel as PresenceChannel).members
    roster = replaceRoster(roster, members.members ?? {})
    myId = members.me?.id == null ? undefined : String(members.me.id)
  }

  const send = (event: string, data: unknown): boolean => {
    if (!channel?.trigger(event, data)) return false
    limiter.record()
    return true
  }
  // Made on the first queued event: most channels never send one.
  let queue: ClientEventQueue | undefined
  const queued = () => queue?.size ?? 0
  const makeQueue = () =>
    createClientEventQueue({
      channel: name,
      limiter,
      report,
      ready: () => status() === 'subscribed',
      send,
    })

  // Lifecycle events bound by name: an app event pays for none of them.
  const lifecycle: Record<string, (data: unknown) => void> = {
    'pusher:subscription_succeeded'() {
      if (isPresence) readMembers()
      setStatus('subscribed')
      queue?.flush()
    },
    'pusher:subscription_error'(data) {
      setStatus('error', toSubscriptionError(data))
      queue?.drop(`the subscription failed (${store.getSnapshot().error?.error})`)
    },
    'pusher:subscription_count'(data) {
      const count = (data as { subscription_count?: unknown } | undefined)?.subscription_count
      if (typeof count === 'number') store.update((s) => ({ ...s, subscriptionCount: count }))
    },
  }
  if (cache) lifecycle['pusher:cache_miss'] = () => store.update((s) => ({ ...s, cacheMiss: true }))
  if (isPresence) {
    lifecycle['pusher:member_added'] = (data) => {
      const member = data as { id: unknown; info: unknown }
      roster = addMember(roster, String(member.id), member.info)
      syncPresence()
    }
    lifecycle['pusher:member_removed'] = (data) => {
      roster = removeMember(roster, String((data as { id: unknown }).id))
      syncPresence()
    }
  }
  // Only cache channels and global handlers need to see every app event.
  const onAnyEvent = (event: string, data: unknown, metadata?: EventMetadata) => {
    if (isInternal(event)) return
    if (cache && store.getSnapshot().cacheMiss !== false) store.update((s) => ({ ...s, cacheMiss: false }))
    for (const handler of globals) handler(event, data, metadata)
  }
  let seesAll = false
  const watchAll = () => {
    if (channel && !seesAll && (cache || globals.size > 0)) {
      channel.bind_global(onAnyEvent)
      seesAll = true
    }
  }

  const attach = (next: Channel) => {
    channel = next
    for (const event in lifecycle) next.bind(event, lifecycle[event] as EventHandler, lifecycle)
    for (const { event, handler, token } of bindings) next.bind(event, handler, token)
    watchAll()
  }
  const detach = () => {
    if (!channel) return
    for (const event in lifecycle) channel.unbind(event, lifecycle[event] as EventHandler, lifecycle)
    for (const { event, handler, token } of bindings) channel.unbind(event, handler, token)
    channel.unbind_global(onAnyEvent)
    seesAll = false
    channel = undefined
  }
  const idleStatus = (): ChannelStatus => {
    const state = client.connection.state as ConnectionState
    return state === 'disconnected' || state === 'failed' ? 'unsubscribed' : 'subscribing'
  }

  const entry: RegistryEntry = {
    name,
    store,
    presence,

    open() {
      ownedByApp = claim(name)
      let created: Channel
      try {
        created = client.channels.add(name, client)
      } catch (cause) {
        const error = new ChannelKitError(
          'encryption_unavailable',
          `Cannot subscribe to "${name}": this pusher-js build has no encryption (nacl). Pass \`Pusher\` from 'pusher-js/with-encryption' to createChannelKit (or the \`nacl\` option from tweetnacl).`,
          { channel: name, cause },
        )
        setStatus('error', { ...refusedError(error), type: 'EncryptionUnavailable' })
        report(error)
        return
      }
      // Bind before subscribing so an auth callback that answers synchronously is not missed.
      attach(created)
      if (created.subscribed) {
        if (isPresence) readMembers()
        setStatus('subscribed')
      } else setStatus(idleStatus())
      client.subscribe(name)
    },

    close(wire = true) {
      clearTimeout(timeout)
      queue?.dispose('the channel was released before its subscription succeeded')
      const current = channel
      detach()
      if (current && !ownedByApp && wire) letGo(name, current, status() === 'error')
    },

    onConnectionState(state) {
      // pusher-js subscribes every known channel again once connected, errored ones included.
      if (state === 'connected') {
        if (channel?.subscriptionPending && status() !== 'subscribed') setStatus('subscribing')
      } else if (channel && status() !== idleStatus()) {
        setStatus(idleStatus())
      }
    },

    bind(event, handler) {
      const binding = { event, handler, token: {} }
      bindings.add(binding)
      channel?.bind(event, handler, binding.token)
      return () => {
        if (bindings.delete(binding)) channel?.unbind(event, handler, binding.token)
      }
    },

    bindGlobal(handler) {
      const own: GlobalEventHandler = (event, data, metadata) => handler(event, data, metadata)
      globals.add(own)
      watchAll()
      return () => {
        globals.delete(own)
      }
    },

    trigger(owner, event, data) {
      const payload = validateClientEvent(name, event, data)
      const current = store.getSnapshot()
      if (current.status === 'error') {
        throw new ChannelKitError(
          'client_event_dropped',
          `Cannot send "${event}": the subscription to "${name}" failed (${current.error?.error}). Fix the cause and call retry().`,
          { channel: name, event },
        )
      }
      // Events queued earlier go first, so later ones queue behind them.
      if (current.status === 'subscribed' && queued() === 0) {
        const wait = limiter.wait()
        if (wait > 0) throw rateLimitedError(name, event, wait)
        if (send(event, payload)) return 'sent'
      }
      queue ??= makeQueue()
      queue.push(owner, event, payload)
      return 'queued'
    },

    dropQueued: (owner) => queue?.dropOwned(owner),

    retry() {
      if (status() !== 'error') return
      if (!channel) {
        entry.open()
        return
      }
      setStatus('subscribing')
      // pusher-js re-authorizes a known channel that is neither subscribed nor pending.
      channel.subscriptionPending = false
      client.subscribe(name)
    },
  }
  return entry
}
