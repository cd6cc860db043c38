import { describe, expect, test } from 'vitest'
import { signChannel, signUser } from '..'
import { client, server, subscribed } from './helpers'

const socketId = '123.456'

describe('dev auth endpoint (development only)', () => {
  test('form-encoded like pusher-js: signs private channels for anyone', async () => {
    const s = await server()
    const response = await fetch(`${s.url}/pusher/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `socket_id=${socketId}&channel_name=private-x`,
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      auth: `${s.app.key}:${signChannel(s.app.secret, socketId, 'private-x')}`,
    })
  })

  test('JSON body with user_id and user_info for presence', async () => {
    const s = await server()
    const response = await fetch(`${s.url}/pusher/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        socket_id: socketId,
        channel_name: 'presence-x',
        user_id: 'u1',
        user_info: { name: 'U' },
      }),
    })
    const body = (await response.json()) as { auth: string; channel_data: string }
    expect(JSON.parse(body.channel_data)).toEqual({ user_id: 'u1', user_info: { name: 'U' } })
    expect(body.auth).toBe(
      `${s.app.key}:${signChannel(s.app.secret, socketId, 'presence-x', body.channel_data)}`,
    )
  })

  test('the X-ChannelKit-User header names the user; user-auth signs it', async () => {
    const s = await server()
    const response = await fetch(`${s.url}/pusher/user-auth`, {
      method: 'POST',
      headers: { 'x-channelkit-user': JSON.stringify({ id: 'h', info: { a: 1 } }) },
      body: `socket_id=${socketId}`,
    })
    const body = (await response.json()) as { auth: string; user_data: string }
    expect(JSON.parse(body.user_data)).toEqual({ id: 'h', user_info: { a: 1 } })
    expect(body.auth).toBe(`${s.app.key}:${signUser(s.app.secret, socketId, body.user_data)}`)
  })

  test('encrypted channels get a shared_secret', async () => {
    const s = await server()
    const response = await fetch(`${s.url}/pusher/auth`, {
      method: 'POST',
      body: `socket_id=${socketId}&channel_name=private-encrypted-x`,
    })
    expect(await response.json()).toEqual({ auth: expect.any(String), shared_secret: expect.any(String) })
  })

  test.each([
    [
      'presence without a user',
      '/pusher/auth',
      `socket_id=${socketId}&channel_name=presence-x`,
      400,
      /needs a user/,
    ],
    ['user-auth without a user', '/pusher/user-auth', `socket_id=${socketId}`, 400, /needs a user/],
    ['a bad socket id', '/pusher/auth', 'socket_id=abc&channel_name=private-x', 400, /socket_id is required/],
    [
      'a bad channel',
      '/pusher/auth',
      `socket_id=${socketId}&channel_name=a%20b`,
      400,
      /Invalid channel name/,
    ],
    [
      'bad user_info JSON',
      '/pusher/auth',
      `socket_id=${socketId}&channel_name=presence-x&user_id=1&user_info={`,
      400,
      /user_info must be JSON/,
    ],
    [
      'the deny param',
      '/pusher/auth',
      `socket_id=${socketId}&channel_name=private-x&deny=1`,
      403,
      /deny param/,
    ],
    [
      'an unknown app_key',
      '/pusher/auth',
      `socket_id=${socketId}&channel_name=private-x&app_key=zzz`,
      404,
      /Unknown app_key/,
    ],
  ])('%s: %i', async (_name, path, body, status, message) => {
    const s = await server()
    const response = await fetch(`${s.url}${path}`, { method: 'POST', body })
    expect(response.status).toBe(status)
    expect(((await response.json()) as { error: string }).error).toMatch(message)
  })

  test('CORS, including the preflight a browser on another origin sends', async () => {
    const s = await server()
    const preflight = await fetch(`${s.url}/pusher/auth`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:6006',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-channelkit-user',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:6006')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-channelkit-user')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    const post = await fetch(`${s.url}/pusher/auth`, {
      method: 'POST',
      headers: { origin: 'http://localhost:6006' },
      body: `socket_id=${socketId}&channel_name=private-x`,
    })
    expect(post.headers.get('access-control-allow-origin')).toBe('http://localhost:6006')
  })

  test('wsOptions({ user, appKey }) makes pusher-js use the endpoint for that user and app', async () => {
    const s = await server({
      apps: [
        { id: 'one', key: 'key-one', secret: 's1' },
        { id: 'two', key: 'key-two', secret: 's2' },
      ],
    })
    const options = s.wsOptions({ user: { id: 'dana', info: { n: 1 } }, appKey: 'key-two' })
    expect(options).toMatchObject({
      cluster: 'mt1',
      wsHost: '127.0.0.1',
      wsPort: s.port,
      forceTLS: false,
      enabledTransports: ['ws'],
      channelAuthorization: { endpoint: `${s.url}/pusher/auth`, transport: 'ajax' },
      userAuthentication: { endpoint: `${s.url}/pusher/user-auth`, transport: 'ajax' },
    })
    const pusher = await client(s, { user: { id: 'dana', info: { n: 1 } }, ...options }, 'key-two')
    const members = await subscribed<{ me: unknown }>(pusher.subscribe('presence-two'))
    expect(members.me).toEqual({ id: 'dana', info: { n: 1 } })
    expect(s.channels('two').get('presence-two')?.userCount).toBe(1)
  })

  test('GET / is a small status page when devPage is on', async () => {
    const off = await server()
    expect((await fetch(`${off.url}/`)).status).toBe(404)
    const s = await server({ devPage: true })
    const page = await fetch(`${s.url}/`)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await page.text()
    expect(html).toContain('ChannelKit local server is running')
    expect(html).toContain('channelkit-key')
  })
})
