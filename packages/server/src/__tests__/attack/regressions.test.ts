import { connect } from 'node:net'
import type Pusher from 'pusher'
import { describe, expect, test } from 'vitest'
import { closeReason } from '../../connection'
import { client, connectedRaw, raw, server, subscribed } from '../helpers'

const query = '?protocol=7&client=js&version=8.6.0&flash=false'

/** The SDK's RequestError status (or 200). */
async function sdkStatus(promise: Promise<unknown>): Promise<number | undefined> {
  return promise.then(
    () => 200,
    (error: { status?: number }) => error.status,
  )
}

function subscribeFrame(sdk: Pusher, socketId: string, channel: string, member?: Pusher.PresenceChannelData) {
  return { event: 'pusher:subscribe', data: { channel, ...sdk.authorizeChannel(socketId, channel, member) } }
}

describe('bugs the attack tests found', () => {
  test('close reasons cut at 123 bytes on a character boundary (ws threw, and the server stopped accepting)', async () => {
    const reason = closeReason(`App key ${'é'.repeat(70)} does not exist.`)
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123)
    expect(reason).toBe(`App key ${'é'.repeat(57)}`)
    expect(closeReason('😀'.repeat(40))).toBe('😀'.repeat(30))

    const s = await server()
    const unicodeKey = await raw(s, `/app/${encodeURIComponent('é'.repeat(70))}${query}`)
    expect(await unicodeKey.closed).toBe(4001)
    const unicodeProtocol = await raw(s, `/app/${s.app.key}?protocol=${encodeURIComponent('é'.repeat(70))}`)
    expect(await unicodeProtocol.closed).toBe(4006)
    await connectedRaw(s)
  })

  test('a malformed percent-encoded app key is an unknown key (4001), not a crash', async () => {
    const s = await server()
    const c = await raw(s, `/app/%E0%A4%A${query}`)
    expect(await c.closed).toBe(4001)
    expect(c.messages[0]?.data).toEqual({ code: 4001, message: 'App key %E0%A4%A does not exist.' })
    await connectedRaw(s)
  })

  test('malformed percent-encoding in HTTP API paths: 404 for the app, 400 for a channel or user (was 500)', async () => {
    const errors: string[] = []
    const s = await server({ logger: { info() {}, warn() {}, error: (m) => errors.push(m) } })
    const sdk = s.pusher()
    expect(await sdkStatus(sdk.get({ path: '/channels/%E0%A4%A' }))).toBe(400)
    expect(await sdkStatus(sdk.get({ path: '/channels/%ZZ/users' }))).toBe(400)
    expect(await sdkStatus(sdk.terminateUserConnections('%E0%A4%A'))).toBe(400)
    const badApp = await fetch(`${s.url}/apps/%E0%A4%A/channels`)
    expect(badApp.status).toBe(404)
    expect(await badApp.json()).toEqual({ error: 'Unknown app %E0%A4%A', code: 404 })
    expect(errors).toEqual([])
  })

  test('messages nested over 100 levels get pusher:error (a deep client event overflowed JSON.stringify)', async () => {
    const s = await server()
    const [sender, receiver] = [await connectedRaw(s), await connectedRaw(s)]
    for (const c of [sender, receiver]) {
      await c.request(subscribeFrame(s.pusher(), c.socketId, 'private-deep'), (m) =>
        m.event.endsWith('subscription_succeeded'),
      )
    }
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`
    const tooDeep = await sender.request(
      `{"event":"client-deep","channel":"private-deep","data":${nested(5000)}}`,
      (m) => m.event === 'pusher:error',
    )
    expect(tooDeep.data).toEqual({
      code: null,
      message: 'Malformed message: nested more than 100 levels deep',
    })
    // 99 levels of data inside the message object: 100 in all, delivered.
    const delivered = receiver.next((m) => m.event === 'client-deep')
    sender.send(`{"event":"client-deep","channel":"private-deep","data":${nested(99)}}`)
    expect(JSON.stringify((await delivered).data)).toBe(nested(99))
    await sender.request({ event: 'pusher:ping', data: {} }, (m) => m.event === 'pusher:pong')
  })

  test('a presence user id "__proto__" is a member like any other (it vanished from presence.hash)', async () => {
    const s = await server()
    const proto = await client(s, { user: { id: '__proto__', info: { name: 'Proto' } } })
    const bob = await client(s, { user: { id: 'bob' } })
    await subscribed(proto.subscribe('presence-proto'))
    const members = await subscribed<{ count: number; get(id: string): unknown }>(
      bob.subscribe('presence-proto'),
    )
    expect(members.count).toBe(2)
    expect(members.get('__proto__')).toEqual({ id: '__proto__', info: { name: 'Proto' } })
  })

  test('signin watchlist entries that are not user ids are ignored (String() of {"toString":1} threw)', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const watchlist = [{ toString: 1 }, 'v', 7] as unknown as string[]
    const signin = s.pusher().authenticateUser(c.socketId, { id: 'u', watchlist })
    const status = await c.request({ event: 'pusher:signin', data: signin }, (m) =>
      m.event.startsWith('pusher_internal:watchlist'),
    )
    expect(status.data).toEqual({ events: [{ name: 'offline', user_ids: ['v', '7'] }] })
  })

  test('presence through the signed-in user checks user_info like channel_data (1 KB)', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const signin = s
      .pusher()
      .authenticateUser(c.socketId, { id: 'big', user_info: { bio: 'x'.repeat(2000) } })
    await c.request({ event: 'pusher:signin', data: signin }, (m) => m.event === 'pusher:signin_success')
    const auth = s.pusher().authorizeChannel(c.socketId, 'presence-big').auth
    const tooBig = await c.request(
      { event: 'pusher:subscribe', data: { channel: 'presence-big', auth } },
      (m) => m.event === 'pusher:subscription_error',
    )
    expect(tooBig.data).toMatchObject({
      status: 400,
      error: 'channel_data.user_info is over 1024 bytes (presence-big)',
    })
    expect(s.channels().has('presence-big')).toBe(false)
  })

  test('a 413 for an oversize body keeps the connection: the next request on it is answered (was ECONNRESET)', async () => {
    const s = await server()
    const big = 'x'.repeat(2 * 1024 * 1024)
    const socket = connect(s.port, '127.0.0.1')
    const received: Buffer[] = []
    socket.on('data', (chunk) => received.push(chunk))
    socket.on('error', () => {}) // ECONNRESET before the fix; the statuses below tell
    const closed = new Promise((resolve) => socket.on('close', resolve))
    socket.write(
      `POST /apps/${s.app.id}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\n\r\n${big}` +
        `GET /apps/${s.app.id}/channels HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    )
    await closed
    const statuses = [
      ...Buffer.concat(received)
        .toString()
        .matchAll(/HTTP\/1\.1 (\d{3})/g),
    ].map((m) => m[1])
    expect(statuses).toEqual(['413', '401'])
  })

  test('a client hanging up mid-body is not logged as a server error (it was, with a 500 attempt)', async () => {
    const errors: string[] = []
    const s = await server({ logger: { info() {}, warn() {}, error: (m) => errors.push(m) } })
    const socket = connect(s.port, '127.0.0.1')
    const continued = new Promise((resolve) => socket.once('data', resolve))
    // "100 Continue" means the handler runs and waits for the body; then the client gives up.
    socket.write(
      `POST /apps/${s.app.id}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 100\r\n\r\n`,
    )
    expect(String(await continued)).toMatch(/^HTTP\/1.1 100 Continue/)
    socket.end('{"name":')
    await new Promise((resolve) => socket.on('close', resolve))
    expect(await sdkStatus(s.pusher().trigger('c', 'e', {}))).toBe(200)
    expect(errors).toEqual([])
  })

  test('the dev auth endpoint: 413 for an oversize body, 400 for user_info nested too deep (was 500)', async () => {
    const s = await server()
    const post = (body: string, type = 'application/x-www-form-urlencoded') =>
      fetch(`${s.url}/pusher/auth`, { method: 'POST', body, headers: { 'content-type': type } })
    expect((await post(`socket_id=1.1&channel_name=a&x=${'x'.repeat(70_000)}`)).status).toBe(413)
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    const response = await post(`socket_id=1.1&channel_name=presence-a&user_id=u&user_info=${deep}`)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: 'user_info must not nest more than 100 levels',
      code: 400,
    })
  })
})
