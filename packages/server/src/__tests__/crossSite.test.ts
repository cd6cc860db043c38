import { describe, expect, test } from 'vitest'
import { DEFAULT_ALLOWED_ORIGINS, ServerConfigError, startServer } from '..'
import { client, connectedRaw, http, nextEvent, raw, server, signedPath, subscribed } from './helpers'

const EVIL = 'https://evil.example'
const STORYBOOK = 'http://localhost:6006'
const socketId = '123.456'
const query = '?protocol=7&client=js&version=8.6.0&flash=false'

const grants = (headers: Record<string, unknown>) => ({
  origin: headers['access-control-allow-origin'],
  credentials: headers['access-control-allow-credentials'],
  privateNetwork: headers['access-control-allow-private-network'],
})

// What any web page the developer opens could do to the dev server, and what the project's own pages may.
describe('cross-site requests', () => {
  test('a foreign Origin gets no CORS, credentials or Private Network Access grant, and a 403', async () => {
    const s = await server()
    const preflight = await http(s.port, {
      method: 'OPTIONS',
      path: '/pusher/auth',
      headers: {
        origin: EVIL,
        'access-control-request-method': 'POST',
        'access-control-request-private-network': 'true',
      },
    })
    expect(grants(preflight.headers)).toEqual({
      origin: undefined,
      credentials: undefined,
      privateNetwork: undefined,
    })
    expect(preflight.status).toBe(403)
    expect(preflight.json()).toEqual({
      error: expect.stringContaining(`Origin ${EVIL} is not allowed`),
      code: 403,
    })
  })

  test("the project's own origins (Storybook, the examples) get CORS and the Private Network grant", async () => {
    const s = await server()
    for (const origin of [
      STORYBOOK,
      'http://127.0.0.1:6007',
      'http://127.0.0.1:5173',
      'http://localhost:5174',
    ]) {
      const preflight = await http(s.port, {
        method: 'OPTIONS',
        path: '/pusher/auth',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-private-network': 'true',
        },
      })
      expect(preflight.status).toBe(204)
      expect(grants(preflight.headers)).toEqual({ origin, credentials: 'true', privateNetwork: 'true' })
      expect(preflight.headers.vary).toBe('Origin')
    }
    expect(DEFAULT_ALLOWED_ORIGINS).toContain(STORYBOOK)
  })

  test('allowedOrigins adds origins; a bad entry is a ServerConfigError', async () => {
    const s = await server({ allowedOrigins: ['http://localhost:3000/'] })
    const post = await http(s.port, {
      method: 'POST',
      path: '/pusher/auth',
      headers: { origin: 'http://localhost:3000', 'content-type': 'application/x-www-form-urlencoded' },
      body: `socket_id=${socketId}&channel_name=private-x`,
    })
    expect(post.status).toBe(200)
    expect(post.headers['access-control-allow-origin']).toBe('http://localhost:3000')
    for (const origin of ['localhost:3000', '*', 'null', 'ftp://x.example']) {
      const error = await startServer({ allowedOrigins: [origin] }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ServerConfigError)
      expect((error as Error).message).toMatch(/allowedOrigins\[0\] .* is not an origin/)
    }
  })

  test('the dev auth endpoints sign nothing for a foreign Origin', async () => {
    const s = await server()
    for (const [path, body] of [
      ['/pusher/auth', `socket_id=${socketId}&channel_name=presence-room&user_id=ceo`],
      ['/pusher/auth', `socket_id=${socketId}&channel_name=private-payroll`],
      ['/pusher/user-auth', `socket_id=${socketId}&user_id=ceo`],
    ] as const) {
      const answer = await http(s.port, {
        method: 'POST',
        path,
        headers: { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      })
      expect(answer.status).toBe(403)
      expect(answer.text).not.toContain('auth"')
      expect(answer.headers['access-control-allow-origin']).toBeUndefined()
    }
  })

  test('the HTTP API refuses a foreign Origin even when the request is signed with the known secret', async () => {
    const s = await server()
    const listener = await client(s)
    const channel = listener.subscribe('news')
    await subscribed(channel)
    const received: unknown[] = []
    channel.bind('forged', (data: unknown) => received.push(data))
    const body = JSON.stringify({ name: 'forged', channels: ['news'], data: '{}' })
    const answer = await http(s.port, {
      method: 'POST',
      path: signedPath(s, 'POST', '/events', body),
      headers: { origin: EVIL, 'content-type': 'application/json' },
      body,
    })
    expect(answer.status).toBe(403)
    // The same request from no browser (no Origin) goes through: the event after it arrives, not the forged one.
    const later = nextEvent(channel, 'forged')
    const ok = await http(s.port, {
      method: 'POST',
      path: signedPath(s, 'POST', '/events', body),
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(ok.status).toBe(200)
    await later
    expect(received).toHaveLength(1)
  })

  test('HTTP API POSTs need Content-Type application/json: text/plain and none are 415', async () => {
    const s = await server()
    const body = JSON.stringify({ name: 'e', channels: ['news'], data: '{}' })
    for (const contentType of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      undefined,
    ]) {
      const answer = await http(s.port, {
        method: 'POST',
        path: signedPath(s, 'POST', '/events', body),
        headers: contentType ? { 'content-type': contentType } : {},
        body,
      })
      expect(answer.status).toBe(415)
      expect(answer.json()).toEqual({
        error: expect.stringContaining('Content-Type must be application/json'),
        code: 415,
      })
    }
    const charset = await http(s.port, {
      method: 'POST',
      path: signedPath(s, 'POST', '/events', body),
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
    })
    expect(charset.status).toBe(200)
  })

  test('DNS rebinding: while bound to loopback, a request naming another Host is refused', async () => {
    const s = await server()
    const evil = await http(s.port, {
      method: 'POST',
      path: '/pusher/auth',
      headers: { host: `rebind.evil.example:${s.port}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `socket_id=${socketId}&channel_name=private-x`,
    })
    expect(evil.status).toBe(403)
    expect(evil.json()).toEqual({ error: expect.stringContaining('Host rebind.evil.example'), code: 403 })
    for (const host of [
      `localhost:${s.port}`,
      `127.0.0.1:${s.port}`,
      `[::1]:${s.port}`,
      `app.localhost:${s.port}`,
    ]) {
      const ok = await http(s.port, {
        method: 'POST',
        path: '/pusher/auth',
        headers: { host, 'content-type': 'application/x-www-form-urlencoded' },
        body: `socket_id=${socketId}&channel_name=private-x`,
      })
      expect(ok.status, host).toBe(200)
    }
    const ws = await raw(s, `/app/${s.app.key}${query}`, {
      headers: { host: `rebind.evil.example:${s.port}` },
    })
    expect(await ws.closed).toBe(4009)
    expect(ws.messages[0]).toEqual({
      event: 'pusher:error',
      data: { code: 4009, message: expect.stringContaining('Host rebind.evil.example') },
    })
  })

  test('WebSocket: a foreign Origin is refused with 4009; an allowed one or none connects', async () => {
    const s = await server()
    const evil = await raw(s, `/app/${s.app.key}${query}`, { origin: EVIL })
    expect(await evil.closed).toBe(4009)
    expect(evil.messages).toEqual([
      { event: 'pusher:error', data: { code: 4009, message: expect.stringContaining(`Origin ${EVIL}`) } },
    ])
    expect(s.connectionCount()).toBe(0)
    const storybook = await raw(s, `/app/${s.app.key}${query}`, { origin: STORYBOOK })
    await storybook.next((m) => m.event === 'pusher:connection_established')
    await connectedRaw(s)
    expect(s.connectionCount()).toBe(2)
  })
})
