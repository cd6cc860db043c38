import { createHmac } from 'node:crypto'
import type { Wire } from './frameRender'
import {
  depthOf,
  isCacheChannel,
  isObject,
  kindOf,
  MAX_CLIENT_EVENT_BYTES,
  MAX_EVENT_NAME_LENGTH,
  MAX_FRAME_BYTES,
  MAX_JSON_DEPTH,
  MAX_WS_PAYLOAD,
  presenceUserId,
  safeParse,
  USER_PREFIX,
  validChannelName,
} from './protocolRules'

export interface Received {
  event?: unknown
  channel?: unknown
  data?: unknown
  [field: string]: unknown
}

/** What the oracle knows about the fuzzing connection. */
export interface SocketState {
  socketId: string
  /** Channel → the presence user id it joined as. */
  subscribed: Map<string, string | undefined>
  user?: { id: string; info: unknown }
}

export interface AppSecrets {
  key: string
  secret: string
}

export type Expectation =
  | { kind: 'error'; code: number | null }
  | { kind: 'pong' | 'silent' }
  | { kind: 'subscribed'; channel: string; userId?: string; repeat: boolean }
  | { kind: 'rejected'; channel: string; status: number }
  | { kind: 'unsubscribed'; channel: string }
  | { kind: 'signedIn'; id: string; info: unknown; requested: number }
  | { kind: 'closed'; code: number; errorFirst: boolean }
  | { kind: 'clientEvent'; delivered: boolean }

const hmac = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest('hex')
const error = (code: number | null = null): Expectation => ({ kind: 'error', code })
const rejected = (channel: string, status: number): Expectation => ({ kind: 'rejected', channel, status })
const signinRefused: Expectation = { kind: 'closed', code: 4009, errorFirst: true }

function subscribe(data: unknown, state: SocketState, app: AppSecrets): Expectation {
  if (typeof data !== 'object' || data === null) return error()
  const { channel, auth, channel_data: sent } = data as Record<string, unknown>
  // A null channel_data is an absent one (what Pusher does with what pusher-js forwards).
  const channelData = sent === null ? undefined : sent
  if (!validChannelName(channel)) return typeof channel === 'string' ? rejected(channel, 400) : error()
  if (channelData !== undefined && typeof channelData !== 'string') return rejected(channel, 400)
  if (auth !== undefined && typeof auth !== 'string') return rejected(channel, 400)
  const repeat = state.subscribed.has(channel)
  const kind = kindOf(channel)
  if (kind === 'user') {
    return state.user?.id === channel.slice(USER_PREFIX.length)
      ? { kind: 'subscribed', channel, repeat }
      : rejected(channel, 403)
  }
  if (kind === 'public') return { kind: 'subscribed', channel, repeat }
  const signed = channelData === undefined ? channel : `${channel}:${channelData}`
  if (auth !== `${app.key}:${hmac(app.secret, `${state.socketId}:${signed}`)}`) return rejected(channel, 401)
  if (kind !== 'presence') return { kind: 'subscribed', channel, repeat }
  let member: unknown
  if (channelData === undefined) {
    if (!state.user) return rejected(channel, 400)
    member = { user_id: state.user.id, user_info: state.user.info }
  } else {
    const parsed = safeParse(channelData)
    if (!parsed.ok) return rejected(channel, 400)
    member = parsed.value
  }
  const userId = presenceUserId(member)
  if (userId === undefined) return rejected(channel, 400)
  // A repeated subscribe only confirms: the connection keeps the identity it joined with.
  return { kind: 'subscribed', channel, userId: repeat ? state.subscribed.get(channel) : userId, repeat }
}

function signin(data: unknown, state: SocketState, app: AppSecrets): Expectation {
  const { auth, user_data: userData } = (isObject(data) || Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >
  if (typeof auth !== 'string' || typeof userData !== 'string') return signinRefused
  if (auth !== `${app.key}:${hmac(app.secret, `${state.socketId}::user::${userData}`)}`) return signinRefused
  const parsed = safeParse(userData)
  if (!parsed.ok || depthOf(parsed.value) > MAX_JSON_DEPTH) return signinRefused
  const user = parsed.value as Record<string, unknown>
  if (typeof user !== 'object' || user === null || typeof user.id !== 'string' || user.id === '') {
    return signinRefused
  }
  if (state.user && state.user.id !== user.id) return error()
  const watchlist = Array.isArray(user.watchlist)
    ? user.watchlist.filter((id) => typeof id === 'string' || typeof id === 'number')
    : []
  return { kind: 'signedIn', id: user.id, info: user.user_info, requested: watchlist.length }
}

function clientEvent(event: string, channel: unknown, data: unknown, state: SocketState): Expectation {
  if (event.length > MAX_EVENT_NAME_LENGTH) return { kind: 'clientEvent', delivered: false }
  if (typeof channel !== 'string') return { kind: 'clientEvent', delivered: false }
  const kind = kindOf(channel)
  if (kind !== 'private' && kind !== 'presence') return { kind: 'clientEvent', delivered: false }
  if (!state.subscribed.has(channel)) return { kind: 'clientEvent', delivered: false }
  const size =
    data === undefined ? 0 : Buffer.byteLength(typeof data === 'string' ? data : JSON.stringify(data))
  return { kind: 'clientEvent', delivered: size <= MAX_CLIENT_EVENT_BYTES }
}

/** PROTOCOL.md's answer to one frame, given what the connection has done so far. */
export function expected(wire: Wire, state: SocketState, app: AppSecrets): Expectation {
  if (wire.kind === 'badUtf8') return { kind: 'closed', code: 1007, errorFirst: false }
  const bytes = wire.kind === 'binary' ? wire.bytes.length : Buffer.byteLength(wire.text)
  if (bytes > MAX_WS_PAYLOAD) return { kind: 'closed', code: 1009, errorFirst: false }
  if (wire.kind === 'binary' || bytes > MAX_FRAME_BYTES) return error()
  const parsed = safeParse(wire.text)
  if (!parsed.ok || !isObject(parsed.value) || depthOf(parsed.value) > MAX_JSON_DEPTH) return error()
  const { event, channel, data } = parsed.value
  if (typeof event !== 'string' || event === '') return error()
  switch (event) {
    case 'pusher:ping':
      return { kind: 'pong' }
    case 'pusher:pong':
      return { kind: 'silent' }
    case 'pusher:subscribe':
      return subscribe(data, state, app)
    case 'pusher:unsubscribe': {
      const name =
        typeof data === 'object' && data !== null ? (data as { channel?: unknown }).channel : undefined
      return validChannelName(name) ? { kind: 'unsubscribed', channel: name } : error()
    }
    case 'pusher:signin':
      return signin(data, state, app)
  }
  return event.startsWith('client-') ? clientEvent(event, channel, data, state) : error()
}

/** Events the well-behaved clients cause, which reach the fuzzing connection if it joined their channels. */
const NOISE = new Set(['good-event', 'client-good', 'pusher_internal:watchlist_events'])

function isError(message: Received, code: number | null): boolean {
  const data = message.data as { code?: unknown; message?: unknown } | undefined
  return (
    message.event === 'pusher:error' &&
    isObject(data) &&
    data.code === code &&
    typeof data.message === 'string' &&
    data.message.length > 0
  )
}

function jsonData(message: Received | undefined): unknown {
  return typeof message?.data === 'string' ? safeParse(message.data) : { ok: false }
}

function checkPresence(data: unknown, userId: string): string | undefined {
  const presence = (data as { presence?: { ids?: unknown; hash?: unknown; count?: unknown } }).presence
  if (!presence || !Array.isArray(presence.ids) || !isObject(presence.hash)) return 'no presence {ids, hash}'
  if (!presence.ids.includes(userId)) return `presence ids lack the subscriber ${userId}`
  if (presence.count !== presence.ids.length) return 'presence count differs from ids'
  const hash = presence.hash
  if (!presence.ids.every((id) => Object.hasOwn(hash, String(id)))) return 'a presence id has no hash entry'
  return undefined
}

function checkSubscribed(e: Extract<Expectation, { kind: 'subscribed' }>, got: Received[]) {
  const [first, ...rest] = got
  if (first?.event !== 'pusher_internal:subscription_succeeded' || first.channel !== e.channel) {
    return 'expected pusher_internal:subscription_succeeded first'
  }
  const data = jsonData(first) as { ok: boolean; value?: unknown }
  if (!data.ok || !isObject(data.value)) return 'subscription_succeeded data is not a JSON-encoded object'
  if (e.userId !== undefined) {
    const problem = checkPresence(data.value, e.userId)
    if (problem) return problem
  }
  const kind = kindOf(e.channel)
  const wanted: ((m: Received) => boolean)[] = []
  if (!e.repeat && isCacheChannel(e.channel)) {
    wanted.push(
      (m) =>
        m.channel === e.channel && (m.event === 'pusher:cache_miss' || !String(m.event).startsWith('pusher')),
    )
  }
  if (!e.repeat && kind !== 'presence' && kind !== 'user') {
    wanted.push((m) => {
      const count = jsonData(m) as { ok: boolean; value?: { subscription_count?: unknown } }
      return (
        m.event === 'pusher_internal:subscription_count' &&
        m.channel === e.channel &&
        count.ok &&
        typeof count.value?.subscription_count === 'number' &&
        count.value.subscription_count >= 1
      )
    })
  }
  if (rest.length !== wanted.length || !wanted.every((match, i) => match(rest[i] as Received))) {
    return `after subscription_succeeded expected ${wanted.length} cache/count message(s)`
  }
  return undefined
}

function checkSignedIn(e: Extract<Expectation, { kind: 'signedIn' }>, got: Received[], all: Received[]) {
  const success = got.filter((m) => m.event === 'pusher:signin_success')
  if (success.length !== 1) return 'expected one pusher:signin_success'
  const data = jsonData(success[0]) as { ok: boolean; value?: { user_data?: unknown } }
  if (!data.ok || typeof data.value?.user_data !== 'string') return 'signin_success data lacks user_data'
  const warnings = got.filter((m) => m.event === 'pusher:error')
  const over = e.requested > 100
  if (warnings.length !== (over ? 1 : 0) || (over && !isError(warnings[0] as Received, 4302))) {
    return over ? 'expected pusher:error 4302 for a watchlist over 100' : 'unexpected pusher:error'
  }
  if (got.length !== success.length + warnings.length) return 'unexpected messages after signin'
  const watchEvents = all.filter((m) => m.event === 'pusher_internal:watchlist_events')
  if (e.requested > 0 && watchEvents.length === 0) return 'expected pusher_internal:watchlist_events'
  return undefined
}

/** Compares what the server sent with the expectation; returns the problem, or undefined when it matches. */
export function check(e: Expectation, all: Received[], closeCode: number | undefined): string | undefined {
  const got = all.filter((m) => !NOISE.has(String(m.event)))
  const watchlistOk = all
    .filter((m) => m.event === 'pusher_internal:watchlist_events')
    .every((m) => {
      const data = jsonData(m) as { ok: boolean; value?: { events?: unknown } }
      return data.ok && Array.isArray(data.value?.events)
    })
  if (!watchlistOk) return 'malformed pusher_internal:watchlist_events'
  if (e.kind === 'closed') {
    if (closeCode !== e.code) return `expected close ${e.code}, got ${closeCode ?? 'no close'}`
    const errors = e.errorFirst ? [isError(got[0] ?? {}, e.code)] : []
    return got.length === errors.length && errors.every(Boolean)
      ? undefined
      : 'unexpected messages before close'
  }
  if (closeCode !== undefined) return `unexpected close ${closeCode}`
  switch (e.kind) {
    case 'error':
      return got.length === 1 && isError(got[0] as Received, e.code)
        ? undefined
        : `expected one pusher:error ${e.code}`
    case 'pong':
      return got.length === 1 && got[0]?.event === 'pusher:pong' && isObject(got[0].data)
        ? undefined
        : 'expected pusher:pong'
    case 'silent':
    case 'unsubscribed':
      return got.length === 0 ? undefined : 'expected no answer'
    case 'clientEvent': {
      // The 10/s limit is checked first, so any client event may instead get 4301.
      if (got.length === 1 && isError(got[0] as Received, 4301)) return undefined
      if (e.delivered) return got.length === 0 ? undefined : 'a valid client event got an answer'
      return got.length === 1 && isError(got[0] as Received, null) ? undefined : 'expected pusher:error'
    }
    case 'rejected': {
      const [first, second] = got
      const data = second?.data as { type?: unknown; error?: unknown; status?: unknown } | undefined
      const ok =
        got.length === 2 &&
        isError(first as Received, null) &&
        second?.event === 'pusher:subscription_error' &&
        second.channel === e.channel &&
        isObject(data) &&
        data.type === 'AuthError' &&
        typeof data.error === 'string' &&
        data.status === e.status
      return ok ? undefined : `expected pusher:error + pusher:subscription_error ${e.status}`
    }
    case 'subscribed':
      return checkSubscribed(e, got)
    case 'signedIn':
      return checkSignedIn(e, got, all)
  }
}

/** The connection's state after a matching answer. */
export function apply(e: Expectation, state: SocketState): void {
  if (e.kind === 'subscribed') state.subscribed.set(e.channel, e.userId)
  if (e.kind === 'unsubscribed') state.subscribed.delete(e.channel)
  if (e.kind === 'signedIn' && !state.user) state.user = { id: e.id, info: e.info }
}
