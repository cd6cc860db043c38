import { createHash, createHmac } from 'node:crypto'
import type { ContentTypeMode, HostMode, HttpBody, HttpSpec, HttpTarget, OriginMode } from './httpArbitrary'

export interface ApiContext {
  appId: string
  key: string
  secret: string
  nowSeconds: number
  port: number
  /** The control endpoint's token. */
  controlToken: string
}

export interface BuiltRequest {
  method: string
  /** Path as sent, before any normalization. */
  path: string
  /** Query string as sent, without `?`. */
  query: string
  body: Buffer | undefined
  /** True when the request carries a valid signature, timestamp, key, version and body_md5. */
  authValid: boolean
  /** Headers to send besides Content-Length; `host: null` sends none at all. */
  headers: { origin?: string; host?: string | null; 'content-type'?: string; authorization?: string }
}

const ORIGINS: Record<OriginMode, string | undefined> = {
  none: undefined,
  allowed: 'http://localhost:6006',
  foreign: 'https://evil.example',
  null: 'null',
  lookalike: 'http://localhost:6006.evil.example',
  port: 'http://localhost:6008',
}

const CONTENT_TYPES: Record<Exclude<ContentTypeMode, 'natural'>, string | undefined> = {
  json: 'application/json',
  jsonCharset: 'application/json; charset=utf-8',
  jsonUpper: 'Application/JSON',
  text: 'text/plain;charset=UTF-8',
  form: 'application/x-www-form-urlencoded',
  none: undefined,
}

function hostHeader(mode: HostMode, port: number): string | null | undefined {
  switch (mode) {
    case 'natural':
      return undefined
    case 'none':
      return null
    case 'localhost':
      return `localhost:${port}`
    case 'ipv6':
      return `[::1]:${port}`
    case 'foreign':
      return `evil.example:${port}`
    case 'lookalike':
      return `127.0.0.1.evil.example:${port}`
  }
}

function headersFor(spec: HttpSpec, ctx: ApiContext): BuiltRequest['headers'] {
  const origin = ORIGINS[spec.origin]
  const host = hostHeader(spec.host, ctx.port)
  // What the SDK and Storybook send: JSON on everything but GET (and HEAD).
  const natural = spec.method === 'GET' || spec.method === 'HEAD' ? undefined : 'application/json'
  const contentType = spec.contentType === 'natural' ? natural : CONTENT_TYPES[spec.contentType]
  const headers: BuiltRequest['headers'] = {}
  if (origin !== undefined) headers.origin = origin
  if (host !== undefined) headers.host = host
  if (contentType !== undefined) headers['content-type'] = contentType
  if (spec.target.kind === 'control') {
    const token = spec.target.token
    if (token === 'valid') headers.authorization = `Bearer ${ctx.controlToken}`
    if (token === 'lowercase') headers.authorization = `bearer ${ctx.controlToken}`
    if (token === 'wrong') headers.authorization = 'Bearer not-the-token-not-the-token'
  }
  return headers
}

const md5 = (data: Buffer | string) => createHash('md5').update(data).digest('hex')
const hmac = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest('hex')

/** PROTOCOL.md §5: `METHOD\nPATH\nsorted_query`, keys lowercased, values as given. */
export function stringToSign(method: string, path: string, pairs: [string, string][]): string {
  const sorted = pairs
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
  return `${method}\n${path}\n${sorted.join('&')}`
}

function targetPath(target: HttpTarget, appId: string): string {
  switch (target.kind) {
    case 'events':
    case 'batch_events':
    case 'channels':
      return `/apps/${appId}/${target.kind}`
    case 'channel':
      return `/apps/${appId}/channels/${encodeURIComponent(target.name)}${target.users ? '/users' : ''}`
    case 'terminate':
      return `/apps/${appId}/users/${encodeURIComponent(target.userId)}/terminate_connections`
    case 'path':
      return target.path.replaceAll('{id}', appId)
    case 'control':
      return target.route
  }
}

function bodyText(body: HttpBody): string | undefined {
  switch (body.kind) {
    case 'none':
      return undefined
    case 'json':
      return JSON.stringify(body.value)
    case 'truncated': {
      const json = JSON.stringify(body.value)
      return json.slice(0, Math.floor(body.at * json.length))
    }
    case 'text':
      return body.text
    case 'huge':
      return `{"name":"e","channels":["ht-public"],"data":"${'x'.repeat(body.bytes)}"}`
  }
}

/** Builds and signs (or forges) the request the spec describes. */
export function buildRequest(spec: HttpSpec, ctx: ApiContext): BuiltRequest {
  const { sign } = spec
  const route = targetPath(spec.target, ctx.appId)
  const text = bodyText(spec.body)
  const body = text === undefined || text === '' ? undefined : Buffer.from(text)
  const headers = headersFor(spec, ctx)
  if (spec.target.kind === 'control') {
    const [path = route, query = ''] = route.split('?')
    return { method: spec.method, path, query, body, authValid: false, headers }
  }
  const path = route
  const extras = spec.query.map(
    ([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)] as [string, string],
  )
  const decodedExtras = spec.query.map(([k, v]) => [k, v] as [string, string])
  const auth: [string, string][] = [
    ['auth_key', sign === 'unknownKey' ? 'not-the-key' : ctx.key],
    [
      'auth_timestamp',
      String(ctx.nowSeconds + (sign === 'stale' ? -700 : 0) + (sign === 'future' ? 700 : 0)),
    ],
  ]
  if (sign !== 'missingVersion') auth.push(['auth_version', sign === 'badVersion' ? '2.0' : '1.0'])
  if (sign === 'wrongMd5') auth.push(['body_md5', md5('something else')])
  else if (body && sign !== 'missingMd5') auth.push(['body_md5', md5(body)])
  const signedPairs = sign === 'decodedValues' ? [...auth, ...decodedExtras] : [...auth, ...extras]
  let signature = hmac(
    sign === 'wrongSecret' ? 'not-the-secret' : ctx.secret,
    stringToSign(spec.method, path, signedPairs),
  )
  if (sign === 'badSignature') signature = `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`
  if (sign === 'upperSignature') signature = signature.toUpperCase()
  const sent: [string, string][] =
    sign === 'none' ? extras : [...auth, ...extras, ['auth_signature', signature]]
  if (sign === 'paramAddedAfter') sent.push(['socket_id', '1.1'])
  return {
    method: spec.method,
    path,
    query: sent.map(([k, v]) => `${k}=${v}`).join('&'),
    body,
    authValid: sign === 'valid' || sign === 'decodedValues' || (sign === 'missingMd5' && !body),
    headers,
  }
}
