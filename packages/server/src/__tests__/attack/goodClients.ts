import Pusher, { type Channel } from 'pusher-js'
import type { LocalServer } from '../..'
import { GOOD_CHANNELS } from './frameArbitrary'

const DEADLINE_MS = 10_000
/** B sends one client event per check, spaced so it stays under the 10/s limit. */
const CLIENT_EVENT_SPACING_MS = 200

interface Tagged {
  n?: unknown
}

interface Bindable {
  bind(event: string, callback: (data: Tagged) => void): unknown
  unbind(event: string, callback: (data: Tagged) => void): unknown
}

/** Resolves when `target` receives `event` with data `{ n }`. */
function receives(target: Bindable, event: string, n: number, what: string) {
  return new Promise<string>((resolve) => {
    const handler = (data: Tagged) => {
      if (data?.n !== n) return
      target.unbind(event, handler)
      resolve(what)
    }
    target.bind(event, handler)
  })
}

function within<T>(promise: Promise<T>, label: string, pending: () => string[]): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`well-behaved client, ${label}: still waiting for ${pending().join(', ')}`)),
      DEADLINE_MS,
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

function connected(pusher: Pusher): Promise<void> {
  return new Promise((resolve, reject) => {
    pusher.connection.bind('connected', () => resolve())
    pusher.connection.bind('failed', () => reject(new Error('pusher-js could not connect')))
  })
}

function subscribed(channel: Channel): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.bind('pusher:subscription_succeeded', () => resolve())
    channel.bind('pusher:subscription_error', (e: unknown) =>
      reject(new Error(`subscription to ${channel.name} failed: ${JSON.stringify(e)}`)),
    )
  })
}

/**
 * Two real pusher-js clients that behave: A (signed in, on every kind of channel) and B (private and
 * presence). `check()` proves they still work: SDK triggers on each channel, an encrypted event,
 * sendToUser, a client event B → A, the presence roster, and the same socket ids (no reconnect).
 */
export async function goodClients(server: LocalServer) {
  const a = new Pusher(server.app.key, server.wsOptions({ user: { id: 'good-a', info: { name: 'A' } } }))
  const b = new Pusher(server.app.key, server.wsOptions({ user: { id: 'good-b', info: { name: 'B' } } }))
  await Promise.all([connected(a), connected(b)])
  a.signin()
  await a.user.signinDonePromise
  const [publicA, privateA, presenceA, encryptedA] = GOOD_CHANNELS.map((name) =>
    a.subscribe(name),
  ) as Channel[]
  const privateB = b.subscribe('private-good')
  const presenceB = b.subscribe('presence-good')
  await Promise.all(
    [publicA, privateA, presenceA, encryptedA, privateB, presenceB].map((c) => subscribed(c as Channel)),
  )
  const socketIds = [a.connection.socket_id, b.connection.socket_id]
  let n = 0
  let lastClientEvent = 0
  let checks = 0

  const check = async (label: string) => {
    if (a.connection.state !== 'connected' || b.connection.state !== 'connected') {
      throw new Error(`well-behaved client, ${label}: state ${a.connection.state}/${b.connection.state}`)
    }
    if (a.connection.socket_id !== socketIds[0] || b.connection.socket_id !== socketIds[1]) {
      throw new Error(`well-behaved client, ${label}: the server dropped it (new socket id)`)
    }
    n += 1
    const pending = new Set<string>()
    const track = (promise: Promise<string>, what: string) => {
      pending.add(what)
      return promise.then((done) => pending.delete(done))
    }
    const waits = [
      track(receives(publicA as Channel, 'good-event', n, 'A public'), 'A public'),
      track(receives(privateA as Channel, 'good-event', n, 'A private'), 'A private'),
      track(receives(presenceA as Channel, 'good-event', n, 'A presence'), 'A presence'),
      track(receives(encryptedA as Channel, 'good-event', n, 'A encrypted'), 'A encrypted'),
      track(receives(privateB, 'good-event', n, 'B private'), 'B private'),
      track(receives(presenceB, 'good-event', n, 'B presence'), 'B presence'),
      track(receives(a.user, 'good-user-event', n, 'A sendToUser'), 'A sendToUser'),
    ]
    const sdk = server.pusher()
    await sdk.trigger(['good-public', 'private-good', 'presence-good'], 'good-event', { n })
    await sdk.trigger('private-encrypted-good', 'good-event', { n })
    await sdk.sendToUser('good-a', 'good-user-event', { n })
    if (Date.now() - lastClientEvent >= CLIENT_EVENT_SPACING_MS) {
      lastClientEvent = Date.now()
      waits.push(
        track(
          receives(privateA as Channel, 'client-good', n, 'A client event from B'),
          'A client event from B',
        ),
      )
      privateB.trigger('client-good', { n })
    }
    await within(Promise.all(waits), label, () => [...pending])
    const members = (presenceA as unknown as { members: { get(id: string): unknown } }).members
    if (!members.get('good-a') || !members.get('good-b')) {
      throw new Error(`well-behaved client, ${label}: presence roster lost good-a or good-b`)
    }
    checks += 1
  }

  return {
    check,
    get checks() {
      return checks
    },
    close() {
      a.disconnect()
      b.disconnect()
    },
  }
}
