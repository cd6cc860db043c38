import { describe, expect, test, vi } from 'vitest'
import { client, connectedRaw, server, subscribed, webhookReceiver } from './helpers'

describe('webhooks', () => {
  test('the SDK’s webhook().isValid() accepts what the server sends, for every event kind', async () => {
    const hooks = await webhookReceiver()
    const s = await server({ webhooks: [{ url: hooks.url }] })
    const a = await client(s, { user: { id: 'ann' } })
    const b = await client(s, { user: { id: 'ben' } })
    const roomA = a.subscribe('presence-hooks')
    const roomB = b.subscribe('presence-hooks')
    await Promise.all([subscribed(roomA), subscribed(roomB)])
    roomA.trigger('client-hi', { x: 1 })
    await subscribed(a.subscribe('cache-miss'))
    b.unsubscribe('presence-hooks')
    await vi.waitFor(() =>
      expect(hooks.events().map((e) => e.name)).toEqual(
        expect.arrayContaining([
          'channel_occupied',
          'member_added',
          'client_event',
          'cache_miss',
          'subscription_count',
          'member_removed',
        ]),
      ),
    )
    a.disconnect()
    await vi.waitFor(() => expect(hooks.events().filter((e) => e.name === 'channel_vacated')).toHaveLength(2))

    for (const hook of hooks.received) {
      expect(hook.headers['content-type']).toBe('application/json')
      expect(hook.headers['x-pusher-key']).toBe(s.app.key)
      expect(s.pusher().webhook({ headers: hook.headers, rawBody: hook.rawBody }).isValid()).toBe(true)
      expect(JSON.parse(hook.rawBody).time_ms).toEqual(expect.any(Number))
    }
    const events = hooks.events()
    expect(events).toContainEqual({ name: 'member_added', channel: 'presence-hooks', user_id: 'ben' })
    expect(events).toContainEqual({ name: 'member_removed', channel: 'presence-hooks', user_id: 'ben' })
    expect(events).toContainEqual({
      name: 'client_event',
      channel: 'presence-hooks',
      event: 'client-hi',
      data: '{"x":1}',
      socket_id: a.connection.socket_id ?? expect.any(String),
      user_id: 'ann',
    })
    expect(events).toContainEqual({ name: 'cache_miss', channel: 'cache-miss' })
    expect(events).toContainEqual({
      name: 'subscription_count',
      channel: 'cache-miss',
      subscription_count: 1,
    })
    expect(
      events
        .filter((e) => e.name === 'channel_occupied')
        .map((e) => e.channel)
        .sort(),
    ).toEqual(['cache-miss', 'presence-hooks'])
    // Presence channels have no subscription_count.
    expect(events.some((e) => e.name === 'subscription_count' && e.channel === 'presence-hooks')).toBe(false)
    // A wrong secret does not validate.
    const [first] = hooks.received
    const forged = { ...first!.headers, 'x-pusher-signature': '0'.repeat(64) }
    expect(s.pusher().webhook({ headers: forged, rawBody: first!.rawBody }).isValid()).toBe(false)
  })

  test('batches events that happen together into one body', async () => {
    const hooks = await webhookReceiver()
    const s = await server({
      webhooks: [{ url: hooks.url, events: ['channel_occupied'] }],
      webhookBatchMs: 30,
    })
    const c = await connectedRaw(s)
    for (const channel of ['one', 'two', 'three']) c.send({ event: 'pusher:subscribe', data: { channel } })
    await vi.waitFor(() => expect(hooks.events()).toHaveLength(3))
    expect(hooks.received).toHaveLength(1)
  })

  test('retries with backoff until the receiver answers 2xx', async () => {
    const hooks = await webhookReceiver((attempt) => (attempt < 2 ? 503 : 200))
    const s = await server({ webhooks: [{ url: hooks.url }], webhookRetryMs: 10 })
    const c = await connectedRaw(s)
    c.send({ event: 'pusher:subscribe', data: { channel: 'retry' } })
    await vi.waitFor(() => expect(hooks.received).toHaveLength(1))
    expect(hooks.attempts).toBe(3)
    expect(hooks.events()[0]).toEqual({ name: 'channel_occupied', channel: 'retry' })
  })

  test('gives up after webhookMaxAttempts', async () => {
    const warn = vi.fn()
    const hooks = await webhookReceiver(() => 500)
    const s = await server({
      webhooks: [{ url: hooks.url }],
      webhookRetryMs: 5,
      webhookMaxAttempts: 2,
      logger: { info() {}, warn, error() {} },
    })
    const c = await connectedRaw(s)
    c.send({ event: 'pusher:subscribe', data: { channel: 'lost' } })
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped after 2 attempts (status 500)')),
    )
    expect(hooks.attempts).toBe(2)
  })

  test('channel_vacated waits webhookLeaveDelayMs and is cancelled by a quick return', async () => {
    const hooks = await webhookReceiver()
    const s = await server({
      webhooks: [{ url: hooks.url, events: ['channel_occupied', 'channel_vacated'] }],
      webhookLeaveDelayMs: 150,
      webhookBatchMs: 0,
    })
    const c = await connectedRaw(s)
    const subscribe = () =>
      c.request({ event: 'pusher:subscribe', data: { channel: 'blink' } }, (m) =>
        m.event.endsWith('subscription_succeeded'),
      )
    await subscribe()
    await vi.waitFor(() => expect(hooks.events()).toHaveLength(1))
    c.send({ event: 'pusher:unsubscribe', data: { channel: 'blink' } })
    await subscribe()
    c.send({ event: 'pusher:unsubscribe', data: { channel: 'blink' } })
    await vi.waitFor(() => expect(hooks.events()).toHaveLength(2))
    expect(hooks.events()).toEqual([
      { name: 'channel_occupied', channel: 'blink' },
      { name: 'channel_vacated', channel: 'blink' },
    ])
  })
})
