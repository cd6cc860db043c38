import { hold, report } from './adapter'
import { ChannelKitError, isChannelKitError } from './errors'
import { EMPTY_TYPING } from './snapshots'
import { createStore } from './store'
import type {
  ChannelKit,
  EventMetadata,
  PresenceLease,
  TypingOptions,
  TypingSnapshot,
  TypingStore,
  Typist,
} from './types'
import { channelKind } from './validation'

interface TypingPayload {
  id?: unknown
  name?: unknown
  typing?: unknown
}

function nameOf(info: unknown): string | undefined {
  const name = (info as { name?: unknown } | null | undefined)?.name
  return typeof name === 'string' ? name : undefined
}

/**
 * Who is typing on a channel. On presence channels the sender is the member the server names in the
 * event metadata; elsewhere the payload carries `{ id, name }`. Errors go to `report`, never thrown,
 * since start()/stop() run from input handlers.
 */
export function typingOverLease(
  lease: PresenceLease,
  isPresence: boolean,
  options: TypingOptions,
  report: (error: ChannelKitError) => void,
): TypingStore {
  const event = options.event ?? 'client-typing'
  const timeout = options.timeout ?? 5000
  const throttle = options.throttle ?? 2000
  const store = createStore<TypingSnapshot>(EMPTY_TYPING)
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  let lastSent = Number.NEGATIVE_INFINITY
  let announced = false
  let destroyed = false

  const myId = () => (isPresence ? lease.presence.getSnapshot().me?.id : options.user?.id)

  const remove = (id: string) => {
    clearTimeout(timers.get(id))
    timers.delete(id)
    store.update((s) =>
      s.typing.some((t) => t.id === id) ? { typing: s.typing.filter((t) => t.id !== id) } : s,
    )
  }
  const upsert = (typist: Typist) => {
    clearTimeout(timers.get(typist.id))
    timers.set(
      typist.id,
      setTimeout(() => remove(typist.id), timeout),
    )
    store.update((s) => {
      const index = s.typing.findIndex((t) => t.id === typist.id)
      if (index === -1) return { typing: [...s.typing, typist] }
      const current = s.typing[index]!
      if (current.name === typist.name && Object.is(current.info, typist.info)) return s
      return { typing: s.typing.map((t, i) => (i === index ? typist : t)) }
    })
  }

  const unbindEvent = lease.bind(event, (data: unknown, metadata?: EventMetadata) => {
    const payload = (typeof data === 'object' && data !== null ? data : {}) as TypingPayload
    const rawId = metadata?.user_id ?? payload.id
    if (typeof rawId !== 'string' && typeof rawId !== 'number') return
    const id = String(rawId)
    if (id === myId()) return
    if (payload.typing === false) {
      remove(id)
      return
    }
    const member = isPresence ? lease.presence.getSnapshot().byId.get(id) : undefined
    const name = nameOf(member?.info) ?? (typeof payload.name === 'string' ? payload.name : undefined)
    upsert({ id, name, info: member?.info })
  })

  // Members who leave a presence channel stop typing.
  const unsubscribePresence = isPresence
    ? lease.presence.subscribe(() => {
        const { byId } = lease.presence.getSnapshot()
        for (const typist of store.getSnapshot().typing) if (!byId.has(typist.id)) remove(typist.id)
      })
    : () => {}

  const send = (typing: boolean): boolean => {
    if (lease.store.getSnapshot().status !== 'subscribed') return false
    if (!isPresence && !options.user) {
      report(
        new ChannelKitError(
          'invalid_options',
          process.env.NODE_ENV !== 'production' &&
            `typing("${lease.name}") cannot announce typing on a non-presence channel without options.user = { id, name }.`,
          { channel: lease.name },
        ),
      )
      return false
    }
    try {
      lease.trigger(
        event,
        isPresence ? { typing } : { id: options.user?.id, name: options.user?.name, typing },
      )
      return true
    } catch (error) {
      if (isChannelKitError(error)) report(error)
      else throw error
      return false
    }
  }

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    start() {
      if (destroyed) return
      const now = Date.now()
      if (announced && now - lastSent < throttle) return
      if (send(true)) {
        announced = true
        lastSent = now
      }
    },
    stop() {
      if (!announced || destroyed) return
      announced = false
      lastSent = Number.NEGATIVE_INFINITY
      send(false)
    },
    destroy() {
      if (destroyed) return
      this.stop()
      destroyed = true
      for (const timer of timers.values()) clearTimeout(timer)
      timers.clear()
      unbindEvent()
      unsubscribePresence()
      lease.release()
    },
  }
}

/**
 * Who is typing on `channel` (`null`: nobody, holding nothing), and `start()`/`stop()` to announce
 * yourself. Holds the channel until `destroy()`. Its own module, so apps without typing don't ship it.
 */
export function createTypingStore(
  kit: ChannelKit,
  channel: string | null,
  options: TypingOptions = {},
): TypingStore {
  const lease = hold(kit, channel)
  return typingOverLease(lease, channelKind(lease.name) === 'presence', options, (error) =>
    report(kit, error),
  )
}
