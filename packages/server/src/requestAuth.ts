import { md5Hex, requestSigningString, safeEqual, signRequest } from './signature'
import type { AppConfig } from './types'

export const TIMESTAMP_WINDOW_SECONDS = 600

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    return value
  }
}

/** Query pairs exactly as sent: the Node SDK does not URL-encode values. */
export function rawQueryPairs(search: string): [string, string][] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=')
      return eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)]
    })
}

/** Checks the HTTP API's auth_* query parameters. Returns a 401 message, or undefined when valid. */
export function requestAuthProblem(
  app: AppConfig,
  method: string,
  rawPath: string,
  search: string,
  body: string,
  nowMs = Date.now(),
): string | undefined {
  const raw = rawQueryPairs(search)
  const decoded = raw.map(([k, v]) => [decode(k), decode(v)] as [string, string])
  const param = (name: string) => decoded.find(([k]) => k.toLowerCase() === name)?.[1]

  const key = param('auth_key')
  if (key !== app.key)
    return `Unknown auth_key${key ? ` ${key}` : ': the auth_key query parameter is missing'}`
  const version = param('auth_version')
  if (version !== '1.0') return `auth_version must be 1.0 (got ${version ?? 'nothing'})`
  const timestamp = param('auth_timestamp') ?? ''
  const now = Math.floor(nowMs / 1000)
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) >= TIMESTAMP_WINDOW_SECONDS) {
    return `Timestamp expired: Given timestamp (${timestamp}) not within ${TIMESTAMP_WINDOW_SECONDS}s of server time (${now})`
  }
  const signature = param('auth_signature') ?? ''
  const paths = [...new Set([rawPath, decode(rawPath)])]
  const signed = paths.some((path) =>
    [raw, decoded].some((query) => safeEqual(signRequest(app.secret, method, path, query), signature)),
  )
  if (!signed) {
    const expected = requestSigningString(method, rawPath, raw)
    return `Invalid signature: you should have sent HmacSHA256Hex(${JSON.stringify(expected)}, your_secret_key), but you sent "${signature}"`
  }
  const bodyMd5 = param('body_md5')
  if (body !== '' && bodyMd5 === undefined) return 'body_md5 is required when the request has a body'
  if (bodyMd5 !== undefined && bodyMd5 !== md5Hex(body)) {
    return `body_md5 does not match the body: expected ${md5Hex(body)}, got ${bodyMd5}`
  }
  return undefined
}
