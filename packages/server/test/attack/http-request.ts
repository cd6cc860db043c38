import { createHash, createHmac } from 'node:crypto'
import type { HttpBody, HttpSpec, HttpTarget } from './http-arbitrary'

export interface ApiContext {
  appId: string
  key: string
  secret: string
  nowSeconds: number
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
  const path = targetPath(spec.target, ctx.appId)
  const text = bodyText(spec.body)
  const body = text === undefined || text === '' ? undefined : Buffer.from(text)
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
  }
}
