import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export function hmacHex(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message, 'utf8').digest('hex')
}

export function md5Hex(body: string | Buffer): string {
  return createHash('md5').update(body).digest('hex')
}

/** Constant-time string comparison (length leaks, content does not). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  if (left.length !== right.length) return false
  return timingSafeEqual(left, right)
}

/** The string signed for a channel subscription: `socket_id:channel[:channel_data]`. */
export function channelAuthString(socketId: string, channel: string, channelData?: string): string {
  return channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`
}

export function signChannel(secret: string, socketId: string, channel: string, channelData?: string): string {
  return hmacHex(secret, channelAuthString(socketId, channel, channelData))
}

export function userAuthString(socketId: string, userData: string): string {
  return `${socketId}::user::${userData}`
}

export function signUser(secret: string, socketId: string, userData: string): string {
  return hmacHex(secret, userAuthString(socketId, userData))
}

/** `METHOD\nPATH\nsorted_query` of the HTTP API (keys lowercased and sorted, values as given). */
export function requestSigningString(method: string, path: string, query: [string, string][]): string {
  const pairs = query
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .filter(([k]) => k !== 'auth_signature')
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
  return [method.toUpperCase(), path, pairs.join('&')].join('\n')
}

export function signRequest(secret: string, method: string, path: string, query: [string, string][]): string {
  return hmacHex(secret, requestSigningString(method, path, query))
}

/** `base64(sha256(channel ‖ masterKey))`: the key of a `private-encrypted-` channel. */
export function encryptedSharedSecret(channel: string, masterKeyBase64: string): string {
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from(channel, 'utf8'), Buffer.from(masterKeyBase64, 'base64')]))
    .digest('base64')
}
