import Pusher from 'pusher'
import { describe, expect, test } from 'vitest'
import { type LocalServer, signRequest } from '..'
import { md5Hex } from '../signature'
import { server } from './helpers'

interface SignedOptions {
  body?: string
  timestamp?: number
  bodyMd5?: string
  version?: string | null
  secret?: string
  extra?: [string, string][]
}

/** A request signed by hand, for the paths the SDK cannot produce. */
async function signedFetch(s: LocalServer, method: string, path: string, options: SignedOptions = {}) {
  const { body, timestamp = Math.floor(Date.now() / 1000), version = '1.0', secret = s.app.secret } = options
  const query: [string, string][] = [
    ['auth_key', s.app.key],
    ['auth_timestamp', String(timestamp)],
    ...(options.extra ?? []),
  ]
  if (version !== null) query.push(['auth_version', version])
  const md5 = options.bodyMd5 ?? (body ? md5Hex(body) : undefined)
  if (md5) query.push(['body_md5', md5])
  const fullPath = `/apps/${s.app.id}${path}`
  const signature = signRequest(secret, method, fullPath, query)
  const search = [...query, ['auth_signature', signature]].map(([k, v]) => `${k}=${v}`).join('&')
  const response = await fetch(`${s.url}${fullPath}?${search}`, {
    method,
    ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
  })
  return { status: response.status, body: (await response.json()) as { error?: string; code?: number } }
}

/** The SDK's RequestError status and body. */
async function sdkError(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as { status?: number; body?: string } | undefined
  return {
    status: error?.status,
    error: error?.body ? (JSON.parse(error.body) as { error: string }).error : undefined,
  }
}

const event = (extra: Record<string, unknown>) => ({ name: 'e', data: '{}', channels: ['c'], ...extra })

describe('HTTP API errors', () => {
  test('bad key: 401 Unknown auth_key', async () => {
    const s = await server()
    const sdk = new Pusher({
      appId: s.app.id,
      key: 'wrong',
      secret: s.app.secret,
      host: '127.0.0.1',
      port: String(s.port),
    })
    expect(await sdkError(sdk.trigger('c', 'e', {}))).toEqual({
      status: 401,
      error: 'Unknown auth_key wrong',
    })
  })

  test('bad signature: 401 with the string to sign', async () => {
    const s = await server()
    const sdk = new Pusher({
      appId: s.app.id,
      key: s.app.key,
      secret: 'wrong',
      host: '127.0.0.1',
      port: String(s.port),
    })
    const { status, error } = await sdkError(sdk.get({ path: '/channels' }))
    expect(status).toBe(401)
    expect(error).toMatch(
      /^Invalid signature: you should have sent HmacSHA256Hex\("GET\\n\/apps\/channelkit\/channels\\nauth_key=channelkit-key&auth_timestamp=\d+&auth_version=1.0", your_secret_key\), but you sent "[0-9a-f]{64}"$/,
    )
  })

  test('expired timestamp: 401', async () => {
    const s = await server()
    const old = Math.floor(Date.now() / 1000) - 600
    const { status, body } = await signedFetch(s, 'GET', '/channels', { timestamp: old })
    expect(status).toBe(401)
    expect(body.error).toMatch(
      new RegExp(`^Timestamp expired: Given timestamp \\(${old}\\) not within 600s of server time`),
    )
    expect((await signedFetch(s, 'GET', '/channels', { timestamp: old + 2 })).status).toBe(200)
  })

  test('bad body_md5 and missing body_md5: 401', async () => {
    const s = await server()
    const body = JSON.stringify(event({}))
    const bad = await signedFetch(s, 'POST', '/events', { body, bodyMd5: md5Hex('other') })
    expect(bad).toEqual({
      status: 401,
      body: { error: expect.stringMatching(/^body_md5 does not match the body/), code: 401 },
    })
    const missing = await fetch(`${s.url}/apps/${s.app.id}/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    })
    expect(missing.status).toBe(401)
    expect((await signedFetch(s, 'POST', '/events', { body })).status).toBe(200)
  })

  test('bad auth_version: 401', async () => {
    const s = await server()
    expect(await signedFetch(s, 'GET', '/channels', { version: '2.0' })).toEqual({
      status: 401,
      body: { error: 'auth_version must be 1.0 (got 2.0)', code: 401 },
    })
    expect((await signedFetch(s, 'GET', '/channels', { version: null })).status).toBe(401)
  })

  test('too many channels, bad channel name, missing fields: 400', async () => {
    const s = await server()
    const sdk = s.pusher()
    const channels = Array.from({ length: 101 }, (_, i) => `c${i}`)
    // The SDK refuses 101 channels itself, so post the body directly (still signed by the SDK).
    const post = (body: object) => sdkError(sdk.post({ path: '/events', body: body as unknown as string }))
    expect(await post(event({ channels }))).toEqual({
      status: 400,
      error: 'Event names 101 channels; at most 100',
    })
    expect(await post(event({ channels: ['bad name'] }))).toEqual({
      status: 400,
      error: 'Invalid channel name "bad name": use only a-z A-Z 0-9 and - _ = @ , . ;',
    })
    expect(await post({ data: '{}', channels: ['c'] })).toMatchObject({ status: 400 })
    expect(await post({ name: 'e', data: { not: 'a string' }, channels: ['c'] })).toMatchObject({
      status: 400,
    })
    expect(await post(event({ socket_id: 'abc' }))).toMatchObject({ status: 400 })
    expect(await sdkError(sdk.trigger('x'.repeat(165), 'e', {}))).toMatchObject({ status: 400 })
  })

  test('oversize data: 413', async () => {
    const s = await server()
    const { status, error } = await sdkError(s.pusher().trigger('c', 'e', 'x'.repeat(10 * 1024 + 1)))
    expect(status).toBe(413)
    expect(error).toBe('Event data is 10241 bytes; at most 10240')
    await s.pusher().trigger('c', 'e', 'x'.repeat(10 * 1024))
  })

  test('too many batch events: 400', async () => {
    const s = await server()
    const batch = Array.from({ length: 11 }, () => ({ channel: 'c', name: 'e', data: 'x' }))
    expect(await sdkError(s.pusher().triggerBatch(batch))).toEqual({
      status: 400,
      error: 'Batch has 11 events; at most 10',
    })
  })

  test('unknown app and unknown path: 404', async () => {
    const s = await server()
    const other = new Pusher({
      appId: 'ghost',
      key: s.app.key,
      secret: s.app.secret,
      host: '127.0.0.1',
      port: String(s.port),
    })
    expect(await sdkError(other.get({ path: '/channels' }))).toEqual({
      status: 404,
      error: 'Unknown app ghost',
    })
    expect(await sdkError(s.pusher().get({ path: '/nothing' }))).toMatchObject({ status: 404 })
  })

  test('info attributes the channel type does not have: 400', async () => {
    const s = await server()
    const sdk = s.pusher()
    expect(await sdkError(sdk.get({ path: '/channels', params: { info: 'user_count' } }))).toEqual({
      status: 400,
      error: 'info=user_count needs filter_by_prefix=presence-',
    })
    expect(
      await sdkError(sdk.get({ path: '/channels/public', params: { info: 'user_count' } })),
    ).toMatchObject({ status: 400 })
    expect(await sdkError(sdk.get({ path: '/channels/public', params: { info: 'cache' } }))).toMatchObject({
      status: 400,
    })
    expect(await sdkError(sdk.get({ path: '/channels/public/users' }))).toMatchObject({ status: 400 })
  })

  test('terminate_connections answers {}', async () => {
    const s = await server()
    expect(await (await s.pusher().terminateUserConnections('nobody')).json()).toEqual({})
  })

  test('encoded query values are accepted too', async () => {
    const s = await server()
    const { status } = await signedFetch(s, 'GET', '/channels', { extra: [['filter_by_prefix', 'a%2Cb']] })
    expect(status).toBe(200)
  })
})
