// @channelkit/core/devtools: what @channelkit/devtools reads of a kit. Development tooling, not for apps:
// nothing here runs unless it is imported, and an app that never imports it pays nothing for it.
import type Pusher from 'pusher-js'
import type { Channel } from './channel'
import { toConnectionError } from './connection'
import { internalsOf, type KitInternals } from './internals'
import { shallowEqual } from './shallowEqual'
import type {
  ChannelKit,
  ChannelSnapshot,
  ConnectionError,
  ConnectionSnapshot,
  ConnectionState,
  PresenceSnapshot,
  ReadableStore,
  UserSnapshot,
  WatchlistSnapshot,
} from './types'
import { userStore, watchlistStore } from './userStore'

/** One channel of the kit as devtools shows it. */
export interface ChannelInfo {
  readonly name: string
  readonly snapshot: ChannelSnapshot
  /** Leases, hooks and stores holding the channel now; 0 while its release grace period runs. */
  readonly holders: number
  /** The roster, for presence channels. */
  readonly presence: PresenceSnapshot | undefined
}

/** A protocol frame the client received (`in`) or sent (`out`), as pusher-js decoded or was given it. */
export interface FrameEvent {
  type: 'frame'
  direction: 'in' | 'out'
  event: string
  channel: string | undefined
  data: unknown
  /** The sender of a client event on a presence channel (`in` only). */
  userId: string | undefined
  /** `out`: false when pusher-js had no connection to send it on (nothing went out). */
  sent: boolean
  /** `Date.now()` when it was seen. */
  at: number
}

/** Something that happened to the connection. */
export type ConnectionEvent =
  | {
      type: 'state'
      previous: ConnectionState
      current: ConnectionState
      socketId: string | undefined
      at: number
    }
  /** pusher-js reported an error; `error.code` is the close code (4001, 4200, 1006…) when there is one. */
  | { type: 'error'; error: ConnectionError; at: number }
  /** pusher-js will try to connect again in `seconds`. */
  | { type: 'retry'; seconds: number; at: number }

export type InspectorEvent = FrameEvent | ConnectionEvent

export interface KitInspector {
  readonly kit: ChannelKit
  readonly connection: ReadableStore<ConnectionSnapshot>
  /** Every channel the kit has, in the order it made them. */
  readonly channels: ReadableStore<readonly ChannelInfo[]>
  readonly user: ReadableStore<UserSnapshot>
  readonly watchlist: ReadableStore<WatchlistSnapshot>
  /**
   * Frames in and out and connection events from now on (none before the kit has made its client).
   * Returns the unsubscribe.
   */
  observe(listener: (event: InspectorEvent) => void): () => void
  /** Re-attempt the subscription of `channel` if it ended in `error`. */
  retry(channel: string): void
}

// Channels hold, release and time out without an event anyone could listen to (and listening to a channel
// holds it): the list is read again on every frame and connection event, and at this pace in between.
// Reading it costs one comparison per channel; core pays nothing for being watched.
const POLL_MS = 250

type Listener = (event: InspectorEvent) => void

// Read, not asked: an accessor on Channel would be shipped to every app (this module is built with core, so
// the private name is shortened the same way in both).
const holders = (channel: Channel): number => (channel as unknown as { _refs: number })._refs

/** Fans the client's traffic out to observers; attached once per kit, as soon as its client exists. */
function createHub(inner: KitInternals): Set<Listener> {
  const listeners = new Set<Listener>()
  const emit = (event: InspectorEvent) => {
    for (const listener of [...listeners]) listener(event)
  }
  inner.onClient((client: Pusher) => {
    const manager = client.connection
    const onMessage = (message: { event: string; channel?: string; data?: unknown; user_id?: string }) => {
      if (listeners.size === 0) return
      emit({
        type: 'frame',
        direction: 'in',
        event: message.event,
        channel: message.channel,
        data: message.data,
        userId: message.user_id,
        sent: true,
        at: Date.now(),
      })
    }
    const onState = ({ previous, current }: { previous: ConnectionState; current: ConnectionState }) =>
      emit({
        type: 'state',
        previous,
        current,
        socketId: current === 'connected' ? manager.socket_id : undefined,
        at: Date.now(),
      })
    const onError = (raw: unknown) => emit({ type: 'error', error: toConnectionError(raw), at: Date.now() })
    const onRetry = (seconds: number) => emit({ type: 'retry', seconds, at: Date.now() })
    // Everything the client sends goes through the connection manager: subscriptions, client events,
    // sign-in, pongs. Shadowed on this instance only, and only once devtools looks at this kit.
    const send = manager.send_event
    const watched = function (this: typeof manager, event: string, data: unknown, channel?: string) {
      const sent = send.call(this, event, data, channel)
      if (listeners.size > 0) {
        emit({
          type: 'frame',
          direction: 'out',
          event,
          channel,
          data,
          userId: undefined,
          sent,
          at: Date.now(),
        })
      }
      return sent
    }
    manager.send_event = watched
    const bindings: [string, (data: never) => void][] = [
      ['message', onMessage],
      ['state_change', onState],
      ['error', onError],
      ['connecting_in', onRetry],
    ]
    for (const [event, fn] of bindings) manager.bind(event, fn)
    return () => {
      for (const [event, fn] of bindings) manager.unbind(event, fn)
      if (manager.send_event === watched) delete (manager as Partial<typeof manager>).send_event
    }
  })
  return listeners
}

function channelList(inner: KitInternals, hub: Set<Listener>): ReadableStore<readonly ChannelInfo[]> {
  let list: readonly ChannelInfo[] = []
  const listeners = new Set<() => void>()
  let stop: (() => void) | undefined

  const read = (): readonly ChannelInfo[] => {
    const next: ChannelInfo[] = []
    for (const channel of inner._core()?.channels.values() ?? []) {
      const snapshot = channel.getSnapshot()
      next.push({
        name: channel.name,
        snapshot,
        holders: holders(channel),
        presence: snapshot.kind === 'presence' ? channel.presence.getSnapshot() : undefined,
      })
    }
    const same = next.length === list.length && next.every((info, i) => shallowEqual(info, list[i]))
    if (!same) list = next
    return list
  }
  const refresh = () => {
    const before = list
    if (read() !== before) for (const listener of [...listeners]) listener()
  }
  // pusher-js dispatches a frame to the channels before its other listeners: read after this turn.
  let queued = false
  const soon = () => {
    if (queued) return
    queued = true
    queueMicrotask(() => {
      queued = false
      refresh()
    })
  }

  return {
    getSnapshot: () => (listeners.size > 0 ? list : read()),
    subscribe(onChange) {
      const listener = () => onChange()
      listeners.add(listener)
      if (!stop) {
        read()
        const timer = setInterval(refresh, POLL_MS)
        hub.add(soon)
        stop = () => {
          clearInterval(timer)
          hub.delete(soon)
          stop = undefined
        }
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) stop?.()
      }
    },
  }
}

const inspectors = new WeakMap<KitInternals, KitInspector>()

/** What devtools shows of `kit`: its channels (with holders and rosters), connection, user, and traffic. */
export function inspect(kit: ChannelKit): KitInspector {
  const inner = internalsOf(kit)
  const found = inspectors.get(inner)
  if (found) return found
  const hub = createHub(inner)
  const made: KitInspector = {
    kit,
    connection: kit.connection,
    channels: channelList(inner, hub),
    user: userStore(kit),
    watchlist: watchlistStore(kit),
    observe(listener) {
      const own: Listener = (event) => listener(event)
      hub.add(own)
      return () => {
        hub.delete(own)
      }
    },
    retry: (channel) => inner.peek(channel)?.retry(),
  }
  inspectors.set(inner, made)
  return made
}
