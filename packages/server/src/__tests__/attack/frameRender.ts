import { createHmac } from 'node:crypto'
import type { AuthMode, BaseFrame, Json, Mutation } from './frameArbitrary'

export interface SignContext {
  socketId: string
  key: string
  secret: string
}

/** What goes on the wire. Text is normalized to what the server decodes (lone surrogates become U+FFFD). */
export type Wire =
  | { kind: 'text'; text: string }
  | { kind: 'binary'; bytes: Buffer }
  | { kind: 'badUtf8'; bytes: Buffer }

const hmac = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest('hex')

/** A different, well-formed socket id: what a replayed signature was made for. */
const otherSocketId = (socketId: string) => (socketId === '1234.5678' ? '1234.5679' : '1234.5678')

/** Alters signed data the way an attacker would: another user id, or the same JSON with a different spelling. */
function alter(data: string): string {
  try {
    const parsed = JSON.parse(data) as Json
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      const id = parsed.user_id === undefined ? 'id' : 'user_id'
      return JSON.stringify({ ...parsed, [id]: 'admin' })
    }
  } catch {}
  return `${data} `
}

/** `auth` for `signed` (the string the server must check), forged per mode; `sent` may differ from what was signed. */
function forge(
  mode: AuthMode,
  ctx: SignContext,
  stringToSign: (socketId: string) => string,
): string | undefined {
  const sig = hmac(ctx.secret, stringToSign(ctx.socketId))
  switch (mode) {
    case 'valid':
    case 'otherChannel':
    case 'alteredData':
      return `${ctx.key}:${sig}`
    case 'otherSocket':
      return `${ctx.key}:${hmac(ctx.secret, stringToSign(otherSocketId(ctx.socketId)))}`
    case 'wrongKey':
      return `not-${ctx.key}:${sig}`
    case 'wrongSecret':
      return `${ctx.key}:${hmac('not-the-secret', stringToSign(ctx.socketId))}`
    case 'upperHex':
      return `${ctx.key}:${sig.toUpperCase()}`
    case 'noKey':
      return sig
    case 'garbage':
      return `${ctx.key}:${'0'.repeat(sig.length)}`
    case 'empty':
      return ''
    case 'missing':
      return undefined
  }
}

function subscribeData(base: Extract<BaseFrame, { type: 'subscribe' }>, ctx: SignContext) {
  const channelData = base.member === undefined ? undefined : JSON.stringify(base.member)
  const signedChannel = base.auth === 'otherChannel' ? `${base.channel}x` : base.channel
  const signedData = base.auth === 'alteredData' && channelData === undefined ? '{}' : channelData
  const auth = forge(base.auth, ctx, (socketId) =>
    signedData === undefined ? `${socketId}:${signedChannel}` : `${socketId}:${signedChannel}:${signedData}`,
  )
  const sentData = base.auth === 'alteredData' && channelData !== undefined ? alter(channelData) : channelData
  return {
    channel: base.channel,
    ...(auth === undefined ? {} : { auth }),
    ...(sentData === undefined ? (base.nullData ? { channel_data: null } : {}) : { channel_data: sentData }),
  }
}

function signinData(base: Extract<BaseFrame, { type: 'signin' }>, ctx: SignContext) {
  const userData = JSON.stringify(base.user)
  const auth = forge(base.auth, ctx, (socketId) => `${socketId}::user::${userData}`)
  const sent = base.auth === 'alteredData' ? alter(userData) : userData
  return { ...(auth === undefined ? {} : { auth }), user_data: sent }
}

function message(base: BaseFrame, ctx: SignContext): Record<string, Json> {
  switch (base.type) {
    case 'ping':
      return { event: 'pusher:ping', data: {} }
    case 'pong':
      return { event: 'pusher:pong', data: {} }
    case 'subscribe':
      return { event: 'pusher:subscribe', data: subscribeData(base, ctx) }
    case 'unsubscribe':
      return { event: 'pusher:unsubscribe', data: { channel: base.channel } }
    case 'signin':
      return { event: 'pusher:signin', data: signinData(base, ctx) }
    case 'client':
      return {
        event: base.event,
        channel: base.channel,
        ...(base.data === undefined ? {} : { data: base.data }),
      }
    case 'other':
      return { event: base.event, ...(base.data === undefined ? {} : { data: base.data }) }
  }
}

/** Sets an own property, even `__proto__`. */
function put(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function setPath(root: Record<string, Json>, path: string[], value: Json | undefined): void {
  let node = root
  for (const key of path.slice(0, -1)) {
    const child = node[key]
    if (typeof child !== 'object' || child === null || Array.isArray(child)) put(node, key, {})
    node = node[key] as Record<string, Json>
  }
  const last = path.at(-1) as string
  if (value === undefined) delete node[last]
  else put(node, last, value)
}

const at = (length: number, fraction: number) => Math.min(length, Math.floor(fraction * length))

export function renderFrame(base: BaseFrame, mutation: Mutation, ctx: SignContext): Wire {
  // A copy: fast-check shares generated objects between samples, and mutating them in place could make cycles.
  const root = JSON.parse(JSON.stringify(message(base, ctx))) as Record<string, Json>
  switch (mutation.kind) {
    case 'set':
      setPath(root, mutation.path, mutation.value)
      break
    case 'extra':
      put(root, mutation.key, mutation.value)
      break
    case 'dataAsString':
      if (root.data !== undefined) root.data = JSON.stringify(root.data)
      break
    case 'nest':
      root.data = JSON.parse(`${'['.repeat(mutation.depth - 1)}${']'.repeat(mutation.depth - 1)}`) as Json
      break
    case 'pad':
      root.padding = 'x'.repeat(mutation.bytes)
      break
  }
  const json = mutation.kind === 'raw' ? mutation.text : JSON.stringify(root)
  switch (mutation.kind) {
    case 'truncate':
      return text(json.slice(0, at(json.length, mutation.at)))
    case 'corrupt': {
      const i = at(json.length, mutation.at)
      return text(`${json.slice(0, i)}${mutation.insert}${json.slice(i)}`)
    }
    case 'binary':
      return { kind: 'binary', bytes: Buffer.from(json) }
    case 'badUtf8': {
      const bytes = Buffer.from(json)
      const i = at(bytes.length, mutation.at)
      return {
        kind: 'badUtf8',
        bytes: Buffer.concat([bytes.subarray(0, i), Buffer.from([0xff]), bytes.subarray(i)]),
      }
    }
    default:
      return text(json)
  }
}

export function text(value: string): Wire {
  return { kind: 'text', text: Buffer.from(value).toString('utf8') }
}
