// @channelkit/core/adapter: what framework adapters need to build their hooks. Not for apps.
// None of these throws for a bad channel name: where there is a snapshot the refusal is state
// (status 'error', `error.code`), elsewhere it goes to `onError`. `null` names hold nothing.
import type { Channel } from './channel'
import { ChannelKitError } from './errors'
import { internalsOf, type KitInternals } from './internals'
import { inertLease, Lease, serverLease } from './lease'
import { notMountedError } from './notMountedError'
import {
  IDLE_PRESENCE,
  initialChannelSnapshot,
  refusedChannelSnapshot,
  refusedPresenceSnapshot,
} from './snapshots'
import { constantStore } from './store'
import type {
  ChannelKit,
  ChannelSnapshot,
  ClientTrigger,
  EventHandler,
  GlobalEventHandler,
  HydratableStore,
  PresenceLease,
  PresenceSnapshot,
  ReadableStore,
} from './types'

export { notificationActions, typingActions } from './actions'
export { notMountedError } from './notMountedError'
export { EMPTY_NOTIFICATIONS, EMPTY_TYPING, IDLE_PRESENCE, initialChannelSnapshot } from './snapshots'
export { constantStore, serverSnapshotOf } from './store'

const noop = () => {}

/** Options of `channelStore` (and of the adapters' `useChannel`). */
export interface ChannelStoreOptions {
  /** `false` holds off the subscription, like a `null` name. Default true. */
  enabled?: boolean
}

/** A hook's hold on a channel for sending: see `channelActions`. */
export interface ChannelActions<Events extends Record<string, unknown> = Record<string, unknown>> {
  /** Take the channel (call from an effect, never during render); returns its release. */
  hold(): () => void
  /**
   * Send a client event through the held channel ('sent' or 'queued'). Throws `no_client` while nothing
   * is held, the refusal for a bad name, and core's validation errors (nothing sent).
   */
  trigger: ClientTrigger<Events>
  /** Re-attempt a subscription that ended in `error` (e.g. after the auth endpoint healed). */
  retry(): void
}

/**
 * A store over the kit's channel `name` that holds it only while it has subscribers: rendering alone (SSR,
 * StrictMode's discarded renders) holds nothing and starts no timer, the first `subscribe` does. Without
 * subscribers it shows the channel as others hold it, else `initial`. Cheap: make one per hook.
 */
function handle<T>(
  inner: KitInternals,
  name: string,
  initial: T,
  refused: (error: ChannelKitError) => T,
  read: (channel: Channel) => ReadableStore<T>,
): HydratableStore<T> {
  let fallback = initial
  return {
    getSnapshot() {
      const channel = inner.peek(name)
      if (channel) return read(channel).getSnapshot()
      // A kit destroyed after this store was made shows why it holds nothing.
      if (fallback === initial && !inner.server) {
        const error = inner.refusal(name, false)
        if (error) fallback = refused(error)
      }
      return fallback
    },
    getServerSnapshot: () => initial,
    subscribe(onChange) {
      const channel = inner.channel(name)
      return channel ? read(channel).subscribe(onChange) : noop
    },
  }
}

/** The state of channel `name` (`null` or `enabled: false`: the initial snapshot, holding nothing). */
export function channelStore(
  kit: ChannelKit,
  name: string | null,
  { enabled = true }: ChannelStoreOptions = {},
): HydratableStore<ChannelSnapshot> {
  const inner = internalsOf(kit)
  if (name === null || !enabled) return constantStore(initialChannelSnapshot(name ?? ''))
  const error = inner.refusal(name, false)
  if (error) return constantStore(refusedChannelSnapshot(name, error))
  const refused = (why: ChannelKitError) => refusedChannelSnapshot(name, why)
  return handle(inner, name, initialChannelSnapshot(name), refused, (channel) => channel)
}

/** The roster of presence channel `name`; a name without `presence-` shows `not_a_presence_channel`. */
export function presenceStore<Info = unknown>(
  kit: ChannelKit,
  name: string | null,
): HydratableStore<PresenceSnapshot<Info>> {
  const inner = internalsOf(kit)
  if (name === null) return constantStore(IDLE_PRESENCE)
  const error = inner.refusal(name, true)
  if (error) return constantStore(refusedPresenceSnapshot(error)) as HydratableStore<PresenceSnapshot<Info>>
  return handle(
    inner,
    name,
    IDLE_PRESENCE,
    refusedPresenceSnapshot,
    (channel) => channel.presence,
  ) as HydratableStore<PresenceSnapshot<Info>>
}

/**
 * Binds `handler` to `event` on `channel` (`null` event: every event, `handler(event, data, metadata)`) and
 * holds the channel until the returned function is called.
 */
export function listen(
  kit: ChannelKit,
  channel: string | null,
  event: string,
  handler: EventHandler,
): () => void
export function listen(
  kit: ChannelKit,
  channel: string | null,
  event: null,
  handler: GlobalEventHandler,
): () => void
export function listen(
  kit: ChannelKit,
  channel: string | null,
  event: string | null,
  handler: EventHandler | GlobalEventHandler,
): () => void
export function listen(
  kit: ChannelKit,
  name: string | null,
  event: string | null,
  handler: EventHandler | GlobalEventHandler,
): () => void {
  const inner = internalsOf(kit)
  const error = name === null ? undefined : inner.refusal(name, false)
  if (error) inner.report(error)
  const channel = name === null || error ? undefined : inner.channel(name)
  if (!channel) return noop
  const lease = new Lease(channel)
  if (event === null) lease.bindGlobal(handler as GlobalEventHandler)
  else lease.bind(event, handler as EventHandler)
  return () => lease.release()
}

/**
 * `trigger` and `retry` for a hook, through a hold it takes with `hold()` from an effect (StrictMode's
 * hold-release-hold is absorbed by the grace period). `api` (the hook's name) goes into the error thrown
 * before `hold()`.
 */
export function channelActions(kit: ChannelKit, name: string | null, api: string): ChannelActions {
  const inner = internalsOf(kit)
  const refusal = name === null ? undefined : inner.refusal(name, false)
  let held: Lease | undefined
  return {
    hold() {
      const channel = name === null || refusal ? undefined : inner.channel(name)
      if (!channel) return noop
      const lease = new Lease(channel)
      held = lease
      return () => {
        if (held === lease) held = undefined
        lease.release()
      }
    },
    trigger: ((event: `client-${string}`, data?: unknown) => {
      if (refusal) throw refusal
      if (!held) throw notMountedError(api, `send "${event}"`, name === null)
      return held.trigger(event, data)
    }) as ClientTrigger,
    retry: () => held?.retry(),
  }
}

/**
 * A lease for stores built on the kit (typing, notifications): never throws. `null` holds nothing; a
 * refused name gives an inert lease showing the refusal, reported to `onError`.
 */
export function hold(kit: ChannelKit, name: string | null): PresenceLease {
  const inner = internalsOf(kit)
  if (name === null) return serverLease('', notMountedError('hold', 'send', true))
  const error = inner.refusal(name, false)
  if (error) {
    inner.report(error)
    return inertLease(name, error)
  }
  const channel = inner.channel(name)
  return channel ? new Lease(channel) : serverLease(name, inner.noClient(name))
}

/** Sends an error with nowhere else to go to the kit's `onError` (default `console.error`). */
export function report(kit: ChannelKit, error: ChannelKitError): void {
  internalsOf(kit).report(error)
}

/**
 * For an adapter package (`pkg` at `version`): the error a hook throws when it finds no kit. Every copy
 * of the package registers itself, so when two meet (version skew: the provider came from the other copy)
 * the error says so and names both versions, instead of "wrap your app". `usage` is how to provide a kit.
 */
export function missingKitError(
  pkg: string,
  version: string,
): (api: string, usage: string | false) => ChannelKitError {
  const registry = globalThis as Record<symbol, string[] | undefined>
  const key = Symbol.for(`channelkit.copies:${pkg}`)
  const copies = registry[key] ?? []
  registry[key] = copies
  copies.push(version)
  return (api, usage) =>
    copies.length > 1
      ? new ChannelKitError(
          'version_mismatch',
          process.env.NODE_ENV !== 'production' &&
            `${api}() found no ChannelKit, and ${copies.length} copies of ${pkg} are loaded (${copies.join(', ')}): the provider or plugin probably comes from another copy, which this one cannot see. An app must hold one copy: install matching versions of the @channelkit packages (check \`npm ls ${pkg}\` or \`pnpm why ${pkg}\`).`,
          { package: pkg, versions: [...copies] },
        )
      : new ChannelKitError('missing_provider', usage && `${api}() ${usage}`, { api })
}
