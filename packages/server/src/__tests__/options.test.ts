import { describe, expect, test, vi } from 'vitest'
import { DEFAULT_APP, ServerConfigError, startServer, waitForFrame } from '..'
import { EventCache } from '../channels'
import { parseCliArgs } from '../cliArgs'
import { connectedRaw, server } from './helpers'

describe('options', () => {
  test.each([
    [{ apps: [] }, 'apps must name at least one app'],
    [{ apps: [{ id: '', key: 'k', secret: 's' }] }, 'apps[0].id must be a non-empty string'],
    [{ apps: [{ id: 'a', key: 'k:1', secret: 's' }] }, 'apps[0].key must not contain ":" or "/"'],
    [
      {
        apps: [
          { id: 'a', key: 'k', secret: 's' },
          { id: 'a', key: 'k2', secret: 's' },
        ],
      },
      'apps: every app needs its own id',
    ],
    [
      { apps: [{ id: 'a', key: 'k', secret: 's', encryptionMasterKeyBase64: 'abc' }] },
      /32 bytes, base64-encoded/,
    ],
    [{ port: 70000 }, /port must be an integer from 0 to 65535/],
    [{ activityTimeout: 0 }, 'activityTimeout must be a positive number'],
    [{ webhooks: [{ url: 'not a url' }] }, /must be an absolute http\(s\) URL/],
    [{ webhookMaxAttempts: 0 }, 'webhookMaxAttempts must be an integer ≥ 1'],
    [
      { subscriptionCountThrottleMs: -1 },
      'subscriptionCountThrottleMs must be a number of milliseconds from 0 to 2147483647 (default 5000; 0 sends every change), got -1',
    ],
    [{ subscriptionCountThrottleMs: 2 ** 31 }, /subscriptionCountThrottleMs .* got 2147483648/],
    [{ subscriptionCountThrottleMs: Number.NaN }, /subscriptionCountThrottleMs .* got NaN/],
  ])('rejects %j with a ServerConfigError', async (options, message) => {
    const error = await startServer(options).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerConfigError)
    expect((error as Error).message).toMatch(message)
  })

  test('DEFAULT_APP is the default, with client events and subscription counts on', async () => {
    const s = await server()
    expect(s.app).toMatchObject({ id: 'channelkit', key: 'channelkit-key', secret: 'channelkit-secret' })
    expect(DEFAULT_APP.clientEvents).toBe(true)
    expect(s.url).toBe(`http://127.0.0.1:${s.port}`)
    expect(s.host).toBe('127.0.0.1')
  })

  test('a port in use is a ServerConfigError', async () => {
    const s = await server()
    const error = await startServer({ port: s.port }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerConfigError)
    expect((error as Error).message).toBe(
      `Port ${s.port} is already in use on 127.0.0.1: choose another port (0 picks a free one)`,
    )
    // What the Vite plugin and the Nuxt module look for to reuse the running server.
    expect((error as NodeJS.ErrnoException).code).toBe('EADDRINUSE')
  })

  test('close() frees the port and can be called twice', async () => {
    const s = await startServer()
    await Promise.all([s.close(), s.close()])
    const again = await startServer({ port: s.port })
    expect(again.port).toBe(s.port)
    await again.close()
  })

  test('onFrame sees frames in and out; waitForFrame resolves on a match; unsubscribe stops it', async () => {
    const s = await server()
    const frames: string[] = []
    const stop = s.onFrame((f) => frames.push(`${f.direction} ${f.event}${f.channel ? ` ${f.channel}` : ''}`))
    const c = await connectedRaw(s)
    const succeeded = waitForFrame(s, (f) => f.event === 'pusher_internal:subscription_succeeded')
    c.send({ event: 'pusher:subscribe', data: { channel: 'watched' } })
    expect(await succeeded).toMatchObject({
      direction: 'out',
      socketId: c.socketId,
      appId: 'channelkit',
      channel: 'watched',
    })
    stop()
    c.send({ event: 'pusher:ping', data: {} })
    await c.next((m) => m.event === 'pusher:pong')
    expect(frames).toEqual([
      'out pusher:connection_established',
      'in pusher:subscribe',
      'out pusher_internal:subscription_succeeded watched',
      'out pusher_internal:subscription_count watched',
    ])
  })

  test('cache entries expire after the TTL', () => {
    vi.useFakeTimers()
    try {
      const cache = new EventCache(1000)
      cache.set('cache-a', 'e', 'd')
      vi.advanceTimersByTime(999)
      expect(cache.get('cache-a')).toMatchObject({ event: 'e', data: 'd' })
      vi.advanceTimersByTime(1)
      expect(cache.get('cache-a')).toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('CLI arguments', () => {
  test('defaults', () => {
    expect(parseCliArgs([])).toEqual({
      port: 6001,
      host: '127.0.0.1',
      apps: [DEFAULT_APP],
      webhooks: [],
      devPage: false,
    })
  })

  test('every flag', () => {
    const args = ['--port', '0', '--host', '0.0.0.0', '--app-id', 'i', '--key', 'k', '--secret', 's']
    expect(
      parseCliArgs([...args, '--webhook', 'http://a/1', '--webhook', 'http://b/2', '--dev-page']),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      apps: [{ ...DEFAULT_APP, id: 'i', key: 'k', secret: 's' }],
      webhooks: [{ url: 'http://a/1' }, { url: 'http://b/2' }],
      devPage: true,
    })
    expect(parseCliArgs(['-h'])).toBe('help')
  })

  test('bad input says what is wrong', () => {
    expect(() => parseCliArgs(['--port', 'x'])).toThrow('--port must be an integer from 0 to 65535, got x')
    expect(() => parseCliArgs(['--nope'])).toThrow(/Unknown option '--nope'/)
  })
})
