import { createHash, createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import type { LocalServer } from '../..'
import { client, connectedRaw, nextEvent, type RawClient, server, subscribed } from '../helpers'
import { stringToSign } from './httpRequest'

const hmac = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest('hex')
const md5 = (body: string) => createHash('md5').update(body).digest('hex')

/** Subscribes with the given data; resolves with the subscription_error's data or 'ok'. */
async function trySubscribe(c: RawClient, data: Record<string, unknown>) {
  const answer = await c.request({ event: 'pusher:subscribe', data }, (m) =>
    ['pusher:subscription_error', 'pusher_internal:subscription_succeeded'].includes(m.event),
  )
  return answer.event === 'pusher:subscription_error' ? answer.data : 'ok'
}

const refused = (status: number) => ({ type: 'AuthError', status, error: expect.any(String) })

describe('forged WebSocket auth is refused', () => {
  test('presence channel_data altered after signing: another user, other user_info, the same JSON respelled', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const member = { user_id: 'alice', user_info: { name: 'Alice' } }
    const signed = s.pusher().authorizeChannel(c.socketId, 'presence-room', member)
    const altered = [
      JSON.stringify({ ...member, user_id: 'admin' }),
      JSON.stringify({ ...member, user_info: { name: 'Alice', role: 'admin' } }),
      `${signed.channel_data} `,
      JSON.stringify({ user_info: member.user_info, user_id: 'alice' }),
    ]
    for (const channelData of altered) {
      expect(
        await trySubscribe(c, { channel: 'presence-room', auth: signed.auth, channel_data: channelData }),
      ).toEqual(refused(401))
    }
    expect(await trySubscribe(c, { channel: 'presence-room', auth: signed.auth })).toEqual(refused(401))
    expect(s.channels().has('presence-room')).toBe(false)
    expect(await trySubscribe(c, { channel: 'presence-room', ...signed })).toBe('ok')
    expect([...(s.channels().get('presence-room')?.members?.keys() ?? [])]).toEqual(['alice'])
  })

  test('pusher-js behind an auth endpoint that swaps the user after signing: subscription_error 401, no join', async () => {
    const s = await server()
    const sdk = s.pusher()
    const watcher = await client(s, { user: { id: 'watcher' } })
    const joins: unknown[] = []
    const room = watcher.subscribe('presence-vip')
    room.bind('pusher:member_added', (m: unknown) => joins.push(m))
    await subscribed(room)
    const forger = await client(s, {
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, callback) => {
          const signed = sdk.authorizeChannel(socketId, channelName, { user_id: 'mallory' })
          callback(null, { auth: signed.auth, channel_data: JSON.stringify({ user_id: 'ceo' }) })
        },
      },
    })
    await expect(subscribed(forger.subscribe('presence-vip'))).rejects.toMatchObject({
      error: { status: 401, type: 'AuthError' },
    })
    // Frames reach the watcher in order: a join would arrive before this event.
    const after = nextEvent(room, 'after')
    await sdk.trigger('presence-vip', 'after', {})
    await after
    expect([...(s.channels().get('presence-vip')?.members?.keys() ?? [])]).toEqual(['watcher'])
    expect(joins).toEqual([])
  })

  test('a signature replayed by another connection is refused: private, presence, encrypted, signin', async () => {
    const s = await server()
    const sdk = s.pusher()
    const [owner, thief] = [await connectedRaw(s), await connectedRaw(s)]
    const stolen = {
      private: { channel: 'private-x', ...sdk.authorizeChannel(owner.socketId, 'private-x') },
      presence: {
        channel: 'presence-x',
        ...sdk.authorizeChannel(owner.socketId, 'presence-x', { user_id: 'o' }),
      },
      encrypted: {
        channel: 'private-encrypted-x',
        auth: sdk.authorizeChannel(owner.socketId, 'private-encrypted-x').auth,
      },
    }
    for (const data of Object.values(stolen)) expect(await trySubscribe(thief, data)).toEqual(refused(401))
    for (const data of Object.values(stolen)) expect(await trySubscribe(owner, data)).toBe('ok')

    const signin = sdk.authenticateUser(owner.socketId, { id: 'owner' })
    thief.send({ event: 'pusher:signin', data: signin })
    expect(await thief.closed).toBe(4009)
    await owner.request({ event: 'pusher:signin', data: signin }, (m) => m.event === 'pusher:signin_success')
  })

  test('a signature for another channel, case or app is refused', async () => {
    const s = await server({
      apps: [
        { id: 'a', key: 'key-a', secret: 'secret-a' },
        { id: 'b', key: 'key-b', secret: 'secret-b' },
      ],
    })
    const c = await connectedRaw(s)
    const sig = (secret: string, signed: string) => hmac(secret, `${c.socketId}:${signed}`)
    const attempts = [
      { channel: 'private-b', auth: `key-a:${sig('secret-a', 'private-a')}` },
      { channel: 'private-A', auth: `key-a:${sig('secret-a', 'private-a')}` },
      { channel: 'private-encrypted-a', auth: `key-a:${sig('secret-a', 'private-a')}` },
      { channel: 'private-a', auth: `key-a:${sig('secret-a', 'private-encrypted-a')}` },
      {
        channel: 'presence-a',
        auth: `key-a:${sig('secret-a', 'private-a')}`,
        channel_data: '{"user_id":"1"}',
      },
      { channel: 'private-a', auth: `key-a:${sig('secret-b', 'private-a')}` },
      { channel: 'private-a', auth: `key-b:${sig('secret-b', 'private-a')}` },
      { channel: 'private-a', auth: `key-b:${sig('secret-a', 'private-a')}` },
    ]
    for (const data of attempts) expect(await trySubscribe(c, data)).toEqual(refused(401))
    expect(
      await trySubscribe(c, { channel: 'private-a', auth: `key-a:${sig('secret-a', 'private-a')}` }),
    ).toBe('ok')
  })

  test('malformed auth strings are refused: uppercase hex, extra characters, no key, empty or doubled parts', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const signature = hmac(s.app.secret, `${c.socketId}:private-f`)
    const forms = [
      `${s.app.key}:${signature.toUpperCase()}`,
      `${s.app.key}:${signature}0`,
      `${s.app.key}:${signature.slice(0, -1)}`,
      `${s.app.key}:${signature}:${signature}`,
      `${s.app.key}::${signature}`,
      `:${signature}`,
      signature,
      `${s.app.key}:`,
      `${s.app.key} :${signature}`,
    ]
    for (const auth of forms)
      expect(await trySubscribe(c, { channel: 'private-f', auth })).toEqual(refused(401))
    expect(await trySubscribe(c, { channel: 'private-f', auth: `${s.app.key}:${signature}` })).toBe('ok')
  })

  test('#server-to-user-{id} needs sign-in as that very user', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const signin = s.pusher().authenticateUser(c.socketId, { id: 'alice' })
    await c.request({ event: 'pusher:signin', data: signin }, (m) => m.event === 'pusher:signin_success')
    for (const channel of ['#server-to-user-bob', '#server-to-user-alice2', '#server-to-user-Alice']) {
      expect(await trySubscribe(c, { channel, auth: '' })).toEqual(refused(403))
    }
    expect(await trySubscribe(c, { channel: '#server-to-user-alice', auth: '' })).toBe('ok')
  })

  test('refusals never reveal the expected signature', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const expected = hmac(s.app.secret, `${c.socketId}:private-leak`)
    await trySubscribe(c, { channel: 'private-leak', auth: `${s.app.key}:${'0'.repeat(64)}` })
    const userData = '{"id":"u"}'
    const expectedUser = hmac(s.app.secret, `${c.socketId}::user::${userData}`)
    c.send({ event: 'pusher:signin', data: { auth: `${s.app.key}:${'0'.repeat(64)}`, user_data: userData } })
    await c.closed
    const said = JSON.stringify(c.messages)
    expect(said).toContain('Invalid signature')
    expect(said).not.toContain(expected)
    expect(said).not.toContain(expectedUser)
  })
})

interface SignOptions {
  body?: string
  query?: [string, string][]
  key?: string
  secret?: string
  timestamp?: string
  bodyMd5?: string
  /** Appended after signing. */
  after?: [string, string][]
  /** Signs this path, sends the request's own. */
  signedPath?: string
}

/** A hand-signed API request (PROTOCOL.md §5), for what the SDK will not produce. */
async function api(s: LocalServer, method: string, path: string, options: SignOptions = {}) {
  const full = `/apps/${s.app.id}${path}`
  const query: [string, string][] = [
    ['auth_key', options.key ?? s.app.key],
    ['auth_timestamp', options.timestamp ?? String(Math.floor(Date.now() / 1000))],
    ['auth_version', '1.0'],
    ...(options.body || options.bodyMd5
      ? [['body_md5', options.bodyMd5 ?? md5(options.body ?? '')] as [string, string]]
      : []),
    ...(options.query ?? []),
  ]
  const signature = hmac(
    options.secret ?? s.app.secret,
    stringToSign(method, options.signedPath ?? full, query),
  )
  const sent = [...query, ['auth_signature', signature], ...(options.after ?? [])]
  const response = await fetch(`${s.url}${full}?${sent.map(([k, v]) => `${k}=${v}`).join('&')}`, {
    method,
    ...(options.body === undefined
      ? {}
      : { body: options.body, headers: { 'content-type': 'application/json' } }),
  })
  return { status: response.status, body: (await response.json()) as { error?: string } }
}

describe('forged HTTP API requests are refused with 401', () => {
  const event = JSON.stringify({ name: 'e', data: '{}', channels: ['c'] })
  const now = () => Math.floor(Date.now() / 1000)

  test('timestamps: over 600 s in the future, not a number, empty', async () => {
    const s = await server()
    for (const timestamp of [
      String(now() + 601),
      'soon',
      '',
      '1e10',
      `${String(now()).padStart(40, '0')}x`,
    ]) {
      expect((await api(s, 'GET', '/channels', { timestamp })).status).toBe(401)
    }
    expect((await api(s, 'GET', '/channels', { timestamp: String(now() + 590) })).status).toBe(200)
  })

  test('a body swapped after signing: body_md5 of the signed body, or a re-computed body_md5', async () => {
    const s = await server()
    const evil = JSON.stringify({ name: 'evil', data: '{}', channels: ['c'] })
    const kept = await api(s, 'POST', '/events', { body: evil, bodyMd5: md5(event) })
    expect(kept).toMatchObject({
      status: 401,
      body: { error: expect.stringMatching(/^body_md5 does not match/) },
    })
    // The attacker fixes body_md5 but cannot re-sign: the signature covered the old one.
    const path = `/apps/${s.app.id}/events`
    const auth = `auth_key=${s.app.key}&auth_timestamp=${now()}&auth_version=1.0`
    const signature = hmac(s.app.secret, `POST\n${path}\n${auth}&body_md5=${md5(event)}`)
    const send = (body: string) =>
      fetch(`${s.url}${path}?${auth}&body_md5=${md5(body)}&auth_signature=${signature}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      })
    const swapped = await send(evil)
    expect(swapped.status).toBe(401)
    expect(await swapped.json()).toMatchObject({ error: expect.stringMatching(/^Invalid signature/) })
    expect((await send(event)).status).toBe(200)
  })

  test('a parameter added after signing, a path or app changed after signing', async () => {
    const s = await server({
      apps: [
        { id: 'a', key: 'key-a', secret: 'secret-a' },
        { id: 'b', key: 'key-b', secret: 'secret-b' },
      ],
    })
    expect((await api(s, 'GET', '/channels', { after: [['filter_by_prefix', 'presence-']] })).status).toBe(
      401,
    )
    expect((await api(s, 'GET', '/channels/presence-x', { signedPath: '/apps/a/channels' })).status).toBe(401)
    expect((await api(s, 'GET', '/channels', { signedPath: '/apps/b/channels' })).status).toBe(401)
    expect(await api(s, 'GET', '/channels', { key: 'key-b', secret: 'secret-b' })).toMatchObject({
      status: 401,
      body: { error: 'Unknown auth_key key-b' },
    })
    expect((await api(s, 'GET', '/channels', { secret: 'secret-b' })).status).toBe(401)
    expect((await api(s, 'GET', '/channels')).status).toBe(200)
  })

  test('refusals never reveal the expected signature', async () => {
    const s = await server()
    const path = `/apps/${s.app.id}/channels`
    const auth = `auth_key=${s.app.key}&auth_timestamp=${now()}&auth_version=1.0`
    const expected = hmac(s.app.secret, `GET\n${path}\n${auth}`)
    const response = await fetch(`${s.url}${path}?${auth}&auth_signature=${'0'.repeat(64)}`)
    const text = await response.text()
    expect(response.status).toBe(401)
    expect(text).toContain('Invalid signature')
    expect(text).not.toContain(expected)
  })
})
