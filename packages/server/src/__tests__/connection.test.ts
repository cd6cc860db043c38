import Pusher from 'pusher-js'
import { describe, expect, test } from 'vitest'
import { signChannel } from '..'
import { connectedRaw, raw, server } from './helpers'

const query = '?protocol=7&client=js&version=8.6.0&flash=false'

describe('WebSocket protocol 7 (raw ws)', () => {
  test('handshake: socket_id and activity_timeout as a JSON string', async () => {
    const s = await server({ activityTimeout: 30 })
    const c = await raw(s)
    const established = await c.next((m) => m.event === 'pusher:connection_established')
    expect(established.data).toEqual({ socket_id: expect.stringMatching(/^\d+\.\d+$/), activity_timeout: 30 })
  })

  test.each([
    { code: 4001, path: `/app/nope${query}`, message: 'App key nope does not exist.' },
    {
      code: 4005,
      path: `/socket/channelkit-key${query}`,
      message: 'Path not found: /socket/channelkit-key (expected /app/{key})',
    },
    {
      code: 4006,
      path: '/app/channelkit-key?protocol=seven',
      message: 'Invalid version string format: seven',
    },
    {
      code: 4007,
      path: '/app/channelkit-key?protocol=5',
      message: 'Unsupported protocol version 5; this server speaks 7',
    },
    { code: 4008, path: '/app/channelkit-key?client=js', message: 'No protocol version supplied' },
  ])('$message: pusher:error then close $code', async ({ path, code, message }) => {
    const s = await server()
    const c = await raw(s, path)
    expect(await c.closed).toBe(code)
    expect(c.messages).toEqual([{ event: 'pusher:error', data: { code, message } }])
  })

  test('pusher-js with an unknown key hears 4001 and does not reconnect', async () => {
    const s = await server()
    const pusher = new Pusher('unknown-key', s.wsOptions())
    const error = new Promise<{ error: { data: { code: number } } }>((resolve) =>
      pusher.connection.bind('error', resolve),
    )
    const state = new Promise((resolve) => pusher.connection.bind('state_change', resolve))
    expect((await error).error.data.code).toBe(4001)
    expect(await state).toEqual({ previous: 'connecting', current: 'disconnected' })
    pusher.disconnect()
    expect(s.connectionCount()).toBe(0)
  })

  test('connection quota: the connection over maxConnections is closed with 4004', async () => {
    const s = await server({ apps: [{ id: 'a', key: 'k', secret: 's', maxConnections: 1 }] })
    await connectedRaw(s)
    const second = await raw(s, `/app/k${query}`)
    expect(await second.closed).toBe(4004)
  })

  test('pusher:ping gets pusher:pong', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const pong = await c.request({ event: 'pusher:ping', data: {} }, (m) => m.event === 'pusher:pong')
    expect(pong).toEqual({ event: 'pusher:pong', data: {} })
  })

  test('the server pings after activity_timeout of silence', async () => {
    const s = await server({ activityTimeout: 1 })
    const c = await connectedRaw(s)
    const ping = await c.next((m) => m.event === 'pusher:ping')
    expect(ping.data).toEqual({})
    c.send({ event: 'pusher:pong', data: {} })
    expect(c.closeCode).toBeUndefined()
  })

  test.each([
    ['malformed JSON', '{"event":', 'Malformed message: not valid JSON'],
    ['a JSON array', '[1,2]', 'Malformed message: expected a JSON object {event, channel?, data?}'],
    ['a non-string event', '{"event":42}', 'Malformed message: "event" must be a non-empty string'],
    ['an unknown event', '{"event":"pusher:dance"}', 'Unsupported event received: pusher:dance'],
    [
      'subscribe without data',
      '{"event":"pusher:subscribe"}',
      'pusher:subscribe needs data {channel, auth?, channel_data?}',
    ],
    [
      'subscribe with a numeric channel',
      '{"event":"pusher:subscribe","data":{"channel":5}}',
      'Invalid subscription: Channel name must be a non-empty string',
    ],
    [
      'unsubscribe with a bad channel',
      '{"event":"pusher:unsubscribe","data":{"channel":"a b"}}',
      'pusher:unsubscribe needs data {channel} with a valid channel name',
    ],
  ])('%s: pusher:error, and the connection stays usable', async (_name, frame, message) => {
    const s = await server()
    const c = await connectedRaw(s)
    const error = await c.request(frame, (m) => m.event === 'pusher:error')
    expect(error.data).toEqual({ code: null, message })
    await c.request({ event: 'pusher:ping', data: {} }, (m) => m.event === 'pusher:pong')
  })

  test('binary and oversize frames: pusher:error, and the connection stays usable', async () => {
    const s = await server({ maxFrameBytes: 1000 })
    const c = await connectedRaw(s)
    const from = c.messages.length
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true })
    c.send({ event: 'pusher:ping', data: 'x'.repeat(2000) })
    await c.request({ event: 'pusher:ping', data: {} }, (m) => m.event === 'pusher:pong')
    expect(c.messages.slice(from, from + 2)).toEqual([
      {
        event: 'pusher:error',
        data: { code: null, message: 'Binary frames are not supported: send JSON text frames' },
      },
      {
        event: 'pusher:error',
        data: {
          code: null,
          message: expect.stringMatching(/^Message too large: 20\d\d bytes, at most 1000$/),
        },
      },
    ])
  })

  test('subscribe errors: missing auth, wrong key, bad channel_data, over-long user ids', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const errorOf = async (data: unknown) => {
      const from = c.messages.length
      c.send({ event: 'pusher:subscribe', data })
      return (await c.next((m) => m.event === 'pusher:error', from)).data
    }
    expect(await errorOf({ channel: 'private-a', auth: '' })).toEqual({
      code: null,
      message: 'Auth info required to subscribe to private-a',
    })
    expect(await errorOf({ channel: 'private-a', auth: 'other:abc' })).toMatchObject({
      message: "Invalid key in subscription auth data: 'other'",
    })
    const sign = (channel: string, data?: string) =>
      `${s.app.key}:${signChannel(s.app.secret, c.socketId, channel, data)}`
    expect(
      await errorOf({ channel: 'presence-a', auth: sign('presence-a', 'nope'), channel_data: 'nope' }),
    ).toMatchObject({
      message: 'channel_data is not valid JSON (presence-a)',
    })
    const longId = JSON.stringify({ user_id: 'x'.repeat(129) })
    expect(
      await errorOf({ channel: 'presence-a', auth: sign('presence-a', longId), channel_data: longId }),
    ).toMatchObject({
      message: 'channel_data.user_id must have 1 to 128 characters (presence-a)',
    })
    expect(await errorOf({ channel: 'x'.repeat(165) })).toMatchObject({
      message: expect.stringContaining('Channel name too long (165 characters, at most 164)'),
    })
    expect(await errorOf({ channel: 'private-a', auth: 5 })).toMatchObject({
      message: 'auth must be a string "key:signature"',
    })
    const ok = await c.request(
      {
        event: 'pusher:subscribe',
        data: {
          channel: 'presence-a',
          auth: sign('presence-a', '{"user_id":1}'),
          channel_data: '{"user_id":1}',
        },
      },
      (m) => m.event === 'pusher_internal:subscription_succeeded',
    )
    expect(ok.data).toEqual({ presence: { ids: ['1'], hash: { '1': null }, count: 1 } })
  })

  test('apps with userAuthentication close connections that never authorize (4009)', async () => {
    const s = await server({
      apps: [{ id: 'a', key: 'k', secret: 's', userAuthentication: true }],
      userAuthenticationTimeout: 50,
    })
    const c = await raw(s, `/app/k${query}`)
    expect(await c.closed).toBe(4009)
  })
})
