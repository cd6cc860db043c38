import type Pusher from 'pusher-js'
import type { PresenceChannel, Channel as PusherChannel } from 'pusher-js'
import { Outbox, type RateLimiter, type Sending, validateClientEvent } from './clientEvents'
import { ChannelKitError } from './errors'
import { Roster } from './roster'
import { IDLE_PRESENCE, initialChannelSnapshot, refusedError } from './snapshots'
import { constantStore } from './store'
import type {
  ChannelSnapshot,
  ChannelStatus,
  ConnectionState,
  EventHandler,
  GlobalEventHandler,
  PresenceSnapshot,
  ReadableStore,
  SubscriptionError,
  TriggerResult,
} from './types'

/** What a channel needs from its kit. */
export interface KitCore {
  readonly client: Pusher
  readonly releaseDelay: number
  readonly subscriptionTimeout: number
  readonly limiter: RateLimiter
  readonly channels: Map<string, Channel>
  /**
   * Channels let go while their subscription was in flight, waiting for its outcome: name → stop waiting,
   * and unsubscribe now when `finish` (the connection dropped, so the outcome never comes).
   */
  readonly settling: Map<string, (finish: boolean) => void>
  report(error: ChannelKitError): void
}

type Timer = ReturnType<typeof setTimeout>
type Listeners = Set<() => void>

const NO_ROSTER = constantStore(IDLE_PRESENCE)
const isInternal = (event: string) => event.startsWith('pusher:') || event.startsWith('pusher_internal:')
const notify = (listeners: Listeners | undefined) => {
  if (listeners) for (const listener of listeners) listener()
}

function toSubscriptionError(data: unknown): SubscriptionError {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  return {
    type: typeof raw.type === 'string' ? raw.type : 'SubscriptionError',
    error: typeof raw.error === 'string' ? raw.error : String(raw.error ?? data ?? 'Subscription failed'),
    status: typeof raw.status === 'number' ? raw.status : undefined,
  }
}

/**
 * One channel of a kit: a ref-counted store of its state. The first hold subscribes; when the last one
 * lets go, one grace timer (`releaseDelay`) runs before it unsubscribes, so StrictMode, re-keys and quick
 * remounts put nothing on the wire. Fed by its pusher-js channel's lifecycle events, bound by name with the
 * channel as context: an app event pays for none of them. The roster and the outbox are pieces of their own.
 */
export class Channel implements ReadableStore<ChannelSnapshot>, Sending {
  snapshot: ChannelSnapshot
  private _refs = 0
  private _closed = false
  private _grace: Timer | undefined
  private _timeout: Timer | undefined
  private _listeners: Listeners | undefined
  private _rosterListeners: Listeners | undefined
  private _pc: PusherChannel | undefined
  /** The app subscribed this pusher-js channel itself: never unsubscribe it. */
  private _owned = false
  private readonly _roster: Roster | undefined
  private _outbox: Outbox | undefined
  private _bindings: Set<{ event: string; handler: EventHandler }> | undefined
  private _globals: Set<GlobalEventHandler> | undefined
  private _onEvent: ((event: string, data: unknown) => void) | undefined
  /** `user_id` of the event pusher-js is dispatching (its global callbacks get no metadata). */
  private _sender: string | undefined
  private _presenceView: ReadableStore<PresenceSnapshot> | undefined

  private readonly _kit: KitCore
  readonly name: string

  constructor(kit: KitCore, name: string) {
    this._kit = kit
    this.name = name
    this.snapshot = initialChannelSnapshot(name)
    if (this.snapshot.kind === 'presence') this._roster = new Roster()
  }

  getSnapshot(): ChannelSnapshot {
    return this.snapshot
  }
  /** Listening holds the channel: the first subscriber subscribes it. */
  subscribe(onChange: () => void): () => void {
    this._listeners ??= new Set()
    return this._listen(this._listeners, onChange)
  }

  get presence(): ReadableStore<PresenceSnapshot> {
    if (!this._roster) return NO_ROSTER
    this._presenceView ??= {
      getSnapshot: () => this._roster!.snapshot(this.snapshot.status, this.snapshot.error),
      subscribe: (onChange) => {
        this._rosterListeners ??= new Set()
        return this._listen(this._rosterListeners, onChange)
      },
    }
    return this._presenceView
  }

  private _listen(set: Listeners, onChange: () => void): () => void {
    // Wrapped: the same function subscribed twice gets two subscriptions.
    const listener = () => onChange()
    set.add(listener)
    this.hold()
    return () => {
      if (set.delete(listener)) this.release()
    }
  }

  hold(): void {
    if (this._closed) return
    if (this._refs++ > 0) return
    clearTimeout(this._grace)
    this._grace = undefined
    if (!this._pc && this.snapshot.status === 'unsubscribed') this._open()
  }

  release(): void {
    if (this._closed || --this._refs > 0) return
    if (this._kit.releaseDelay <= 0) this.close()
    else this._grace = setTimeout(() => this.close(), this._kit.releaseDelay)
  }

  // --- lifecycle ------------------------------------------------------------------------------------

  private _open(): void {
    const { client, settling } = this._kit
    this._owned = client.channel(this.name) !== undefined && !settling.has(this.name)
    settling.get(this.name)?.(false)
    let pc: PusherChannel
    try {
      pc = client.channels.add(this.name, client)
    } catch (cause) {
      const error = new ChannelKitError(
        'encryption_unavailable',
        process.env.NODE_ENV !== 'production' &&
          `Cannot subscribe to "${this.name}": this pusher-js build has no encryption (nacl). Pass \`Pusher\` from 'pusher-js/with-encryption' to createChannelKit (or the \`nacl\` option from tweetnacl).`,
        { channel: this.name },
        { cause },
      )
      this._setStatus('error', { ...refusedError(error), type: 'EncryptionUnavailable' })
      this._kit.report(error)
      return
    }
    // Bound before subscribing, so an auth callback that answers synchronously is not missed.
    this._attach(pc)
    if (pc.subscribed) this._onSucceeded()
    else this._setStatus(this._idleStatus())
    client.subscribe(this.name)
  }

  /** `wire: false` when the connection closes next anyway: no unsubscribe frame then. */
  close(wire = true): void {
    if (this._closed) return
    this._closed = true
    clearTimeout(this._grace)
    clearTimeout(this._timeout)
    if (this._kit.channels.get(this.name) === this) this._kit.channels.delete(this.name)
    this._outbox?.drop(
      process.env.NODE_ENV !== 'production' && 'the channel was released before its subscription succeeded',
    )
    const pc = this._pc
    this._detach()
    if (pc && !this._owned && wire) this._letGo(pc)
  }

  private _letGo(pc: PusherChannel): void {
    const { client, settling } = this._kit
    const unsubscribe = () => {
      // A server-sent subscription_error leaves pusher-js "pending" forever; unsubscribe would keep it then.
      pc.subscriptionPending = false
      client.unsubscribe(this.name)
    }
    if (!pc.subscriptionPending || this.snapshot.status === 'error') {
      unsubscribe()
      return
    }
    // pusher-js's own cancel keeps the channel in its table for good when the subscription then fails:
    // wait for the outcome and unsubscribe after it.
    const settle = (finish: boolean) => {
      pc.unbind_global(onOutcome)
      settling.delete(this.name)
      if (finish) unsubscribe()
    }
    const onOutcome = (event: string) => {
      if (event === 'pusher:subscription_succeeded' || event === 'pusher:subscription_error') settle(true)
    }
    pc.bind_global(onOutcome)
    settling.set(this.name, settle)
  }

  private _attach(pc: PusherChannel): void {
    this._pc = pc
    // One global callback per channel: lifecycle events by name, app events only where someone listens
    // to every event (cache channels, bindGlobal). An app event costs it one character test.
    this._onEvent ??= (event, data) => {
      if (event.charCodeAt(0) === 112 /* p */ && isInternal(event)) this._lifecycle(event, data)
      else if (this._globals || this.snapshot.cache) this._onAppEvent(event, data)
    }
    pc.bind_global(this._onEvent)
    for (const binding of this._bindings ?? []) pc.bind(binding.event, binding.handler, binding)
    if (this._globals) this._watchSenders()
  }

  private _detach(): void {
    const pc = this._pc
    if (!pc) return
    if (this._onEvent) pc.unbind_global(this._onEvent)
    for (const binding of this._bindings ?? []) pc.unbind(binding.event, binding.handler, binding)
    if (Object.hasOwn(pc, 'handleEvent')) delete (pc as Partial<PusherChannel>).handleEvent
    this._pc = undefined
  }

  private _lifecycle(event: string, data: unknown): void {
    if (event === 'pusher:subscription_succeeded') this._onSucceeded()
    else if (event === 'pusher:subscription_error') {
      this._setStatus('error', toSubscriptionError(data))
      this._outbox?.drop(
        process.env.NODE_ENV !== 'production' && `the subscription failed (${this.snapshot.error?.error})`,
      )
    } else if (event === 'pusher:subscription_count') {
      const count = (data as { subscription_count?: unknown } | undefined)?.subscription_count
      if (typeof count === 'number') this._update({ subscriptionCount: count })
    } else if (event === 'pusher:cache_miss') this._update({ cacheMiss: true })
    else if (event === 'pusher:member_added')
      this._changeRoster(event, data, (id, info) => this._roster?.add(id, info))
    else if (event === 'pusher:member_removed')
      this._changeRoster(event, data, (id) => this._roster?.remove(id))
  }

  private _onSucceeded(): void {
    if (this._roster && this._pc) {
      const { members, myID } = (this._pc as PresenceChannel).members
      this._roster.replace(members ?? {}, myID)
    }
    this._setStatus('subscribed')
    this._outbox?.flush()
  }

  private _onAppEvent(event: string, data: unknown): void {
    if (this.snapshot.cache) this._update({ cacheMiss: false })
    const metadata = this._sender === undefined ? {} : { user_id: this._sender }
    for (const handler of this._globals ?? []) handler(event, data, metadata)
  }

  /** A join or leave from pusher-js; a malformed one (no usable id) is reported and ignored. */
  private _changeRoster(event: string, member: unknown, change: (id: string, info: unknown) => void): void {
    const { id, info } = (typeof member === 'object' && member !== null ? member : {}) as {
      id?: unknown
      info?: unknown
    }
    if (typeof id !== 'string' && typeof id !== 'number') {
      this._kit.report(
        new ChannelKitError(
          'malformed_event',
          process.env.NODE_ENV !== 'production' &&
            `Ignored ${event} on "${this.name}": pusher-js passed no member id (the server sent an id it cannot keep, such as "__proto__").`,
          { channel: this.name, event, data: member },
        ),
      )
      return
    }
    change(String(id), info)
    notify(this._rosterListeners)
  }

  private _setStatus(status: ChannelStatus, error?: SubscriptionError): void {
    clearTimeout(this._timeout)
    this._update({ status, error })
    const ms = this._kit.subscriptionTimeout
    // pusher-js waits for a hanging authorization endpoint forever; give up so retry() can help.
    if (status === 'subscribing' && ms > 0 && this._kit.client.connection.state === 'connected') {
      this._timeout = setTimeout(() => {
        if (this.snapshot.status !== 'subscribing') return
        this._setStatus('error', {
          type: 'SubscriptionTimeout',
          error:
            process.env.NODE_ENV !== 'production'
              ? `No answer to the subscription of "${this.name}" within ${ms} ms: the authorization endpoint (or the server) did not respond. Call retry() once it is back.`
              : `timeout after ${ms} ms`,
          status: undefined,
        })
        this._outbox?.drop(
          process.env.NODE_ENV !== 'production' && `the subscription timed out after ${ms} ms`,
        )
      }, ms)
    }
  }

  private _update(patch: Partial<ChannelSnapshot>): void {
    const current = this.snapshot
    const next = { ...current, ...patch }
    if ((Object.keys(patch) as (keyof ChannelSnapshot)[]).every((key) => Object.is(current[key], next[key])))
      return
    this.snapshot = next
    notify(this._listeners)
    if (this._roster && (next.status !== current.status || next.error !== current.error))
      notify(this._rosterListeners)
  }

  private _idleStatus(): ChannelStatus {
    const state = this._kit.client.connection.state as ConnectionState
    return state === 'disconnected' || state === 'failed' ? 'unsubscribed' : 'subscribing'
  }

  onConnectionState(state: ConnectionState): void {
    if (!this._pc) return
    // pusher-js subscribes every known channel again once connected, errored ones included.
    if (state === 'connected') {
      if (this._pc.subscriptionPending && this.snapshot.status !== 'subscribed')
        this._setStatus('subscribing')
    } else if (this.snapshot.status !== this._idleStatus()) {
      this._setStatus(this._idleStatus())
    }
  }

  // --- events ---------------------------------------------------------------------------------------

  bind(event: string, handler: EventHandler): () => void {
    const binding = { event, handler }
    this._bindings ??= new Set()
    this._bindings.add(binding)
    // Each bind is its own pusher-js binding (the binding object as context tells equal handlers apart):
    // an event reaches the handler with no dispatch of ours in between.
    this._pc?.bind(event, handler, binding)
    return () => {
      if (this._bindings?.delete(binding)) this._pc?.unbind(event, handler, binding)
    }
  }

  bindGlobal(handler: GlobalEventHandler): () => void {
    const own: GlobalEventHandler = (event, data, metadata) => handler(event, data, metadata)
    this._globals ??= new Set()
    this._globals.add(own)
    this._watchSenders()
    return () => {
      this._globals?.delete(own)
    }
  }

  /**
   * pusher-js hands global callbacks no metadata: note the sender of the event it is dispatching, so
   * `bindGlobal` handlers get `{ user_id }` of client events on presence channels as `bind` handlers do.
   */
  private _watchSenders(): void {
    const pc = this._pc
    if (!pc || Object.hasOwn(pc, 'handleEvent')) return
    const handleEvent = pc.handleEvent
    pc.handleEvent = (event) => {
      this._sender = event.user_id
      try {
        handleEvent.call(pc, event)
      } finally {
        this._sender = undefined
      }
    }
  }

  // --- client events (the outbox) -------------------------------------------------------------------

  get limiter(): RateLimiter {
    return this._kit.limiter
  }
  report(error: ChannelKitError): void {
    this._kit.report(error)
  }
  ready(): boolean {
    return this.snapshot.status === 'subscribed'
  }
  send(event: string, data: unknown): boolean {
    return Boolean(this._pc?.trigger(event, data))
  }

  /** `owner` is the lease or hook: its queued events are dropped when it lets go. */
  trigger(owner: object, event: string, data: unknown): TriggerResult {
    const payload = validateClientEvent(this.name, event, data)
    if (this.snapshot.status === 'error') {
      throw new ChannelKitError(
        'client_event_dropped',
        process.env.NODE_ENV !== 'production' &&
          `Cannot send "${event}": the subscription to "${this.name}" failed (${this.snapshot.error?.error}). Fix the cause and call retry().`,
        { channel: this.name, event },
      )
    }
    this._outbox ??= new Outbox(this)
    return this._outbox.trigger(owner, event, payload)
  }

  dropQueued(owner: object): void {
    this._outbox?.drop(
      process.env.NODE_ENV !== 'production' && 'its lease was released before the subscription succeeded',
      owner,
    )
  }

  /** Re-attempt a subscription that ended in `error` (e.g. after the auth endpoint healed). */
  retry(): void {
    if (this._closed || this.snapshot.status !== 'error') return
    if (!this._pc) {
      this._open()
      return
    }
    this._setStatus('subscribing')
    // pusher-js re-authorizes a known channel that is neither subscribed nor pending.
    this._pc.subscriptionPending = false
    this._kit.client.subscribe(this.name)
  }
}
