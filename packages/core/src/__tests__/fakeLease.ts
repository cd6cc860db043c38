import { IDLE_PRESENCE, initialChannelSnapshot } from '../snapshots'
import { createStore } from '../store'
import type {
  ChannelStatus,
  EventHandler,
  EventMetadata,
  Member,
  PresenceLease,
  PresenceSnapshot,
} from '../types'

/** A lease without pusher-js, for the timer logic of the UI stores. */
export function fakeLease(name: string, members: Member[] = [], me?: string) {
  const store = createStore(initialChannelSnapshot(name))
  const presence = createStore<PresenceSnapshot>(IDLE_PRESENCE)
  const handlers = new Map<string, Set<EventHandler>>()
  const sent: { event: string; data: unknown }[] = []
  let released = false
  const setRoster = (list: Member[], status: ChannelStatus = 'subscribed') =>
    presence.set({
      status,
      members: list,
      byId: new Map(list.map((m) => [m.id, m])),
      me: list.find((m) => m.id === me),
      count: list.length,
      error: undefined,
      stale: status !== 'subscribed',
    })
  setRoster(members)
  const lease: PresenceLease = {
    name,
    store,
    presence,
    bind(event: string, handler: EventHandler) {
      const set = handlers.get(event) ?? new Set()
      handlers.set(event, set)
      set.add(handler)
      return () => set.delete(handler)
    },
    bindGlobal: () => () => {},
    trigger(event: string, data?: unknown) {
      sent.push({ event, data })
      return 'sent' as const
    },
    retry() {},
    release() {
      released = true
    },
  }
  return {
    lease,
    sent,
    setRoster,
    subscribe: () => store.update((s) => ({ ...s, status: 'subscribed' })),
    emit: (event: string, data: unknown, metadata?: EventMetadata) => {
      for (const handler of handlers.get(event) ?? []) handler(data, metadata)
    },
    handlerCount: () => [...handlers.values()].reduce((n, set) => n + set.size, 0),
    released: () => released,
  }
}
