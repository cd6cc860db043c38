import { describe, expect, test, vi } from 'vitest'
import type { LocalServer } from '..'
import { client, connectedRaw, type RawClient, server, subscribed, webhookReceiver } from './helpers'

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

function subscribe(c: RawClient, channel: string) {
  return c.request(
    { event: 'pusher:subscribe', data: { channel } },
    (m) => m.event === 'pusher_internal:subscription_succeeded' && m.channel === channel,
  )
}

/** `n` raw clients subscribed to `channel`: far cheaper than pusher-js for filling a channel. */
function join(s: LocalServer, channel: string, n: number): Promise<RawClient[]> {
  return Promise.all(
    range(1, n).map(async () => {
      const c = await connectedRaw(s)
      await subscribe(c, channel)
      return c
    }),
  )
}

const countsAt = (c: RawClient) =>
  c.messages
    .filter((m) => m.event === 'pusher_internal:subscription_count')
    .map((m) => (m.data as { subscription_count: number }).subscription_count)

/** A pusher-js subscriber recording each `pusher:subscription_count` it hears, and when. */
async function watcher(s: LocalServer, name: string) {
  const pusher = await client(s)
  const channel = pusher.subscribe(name)
  const seen: { count: number; at: number }[] = []
  channel.bind('pusher:subscription_count', (data: { subscription_count: number }) =>
    seen.push({ count: data.subscription_count, at: performance.now() }),
  )
  await subscribed(channel)
  return { channel, counts: () => seen.map((s) => s.count), seen }
}

describe('subscription_count throttle', () => {
  test('up to 100 subscribers every join and leave reaches every subscriber at once', async () => {
    // A window this long would stall the test if counts at 100 or below were throttled.
    const s = await server({ subscriptionCountThrottleMs: 60_000 })
    const watch = await watcher(s, 'hall')
    const others = await join(s, 'hall', 99)
    await vi.waitFor(() => expect(watch.counts()).toEqual(range(1, 100)))
    others[0]?.send({ event: 'pusher:unsubscribe', data: { channel: 'hall' } })
    await vi.waitFor(() => expect(watch.counts()).toEqual([...range(1, 100), 99]))
    expect(watch.channel.subscriptionCount).toBe(99)
    await vi.waitFor(() => expect(countsAt(others[1] as RawClient).at(-1)).toBe(99))
  })

  test('above 100 a burst of joins gives one count at once, then the final count when the window ends; webhooks alike', async () => {
    // Long enough that the 20 subscribes land inside one window even on a loaded machine.
    const windowMs = 2000
    const hooks = await webhookReceiver()
    const s = await server({
      subscriptionCountThrottleMs: windowMs,
      webhooks: [{ url: hooks.url, events: ['subscription_count'] }],
    })
    const watch = await watcher(s, 'crowd')
    await join(s, 'crowd', 99)
    await vi.waitFor(() => expect(watch.counts()).toEqual(range(1, 100)))

    const burst = await Promise.all(range(1, 20).map(() => connectedRaw(s)))
    const started = performance.now()
    await Promise.all(burst.map((c) => subscribe(c, 'crowd')))
    expect(s.channels().get('crowd')?.subscriptionCount).toBe(120)
    await vi.waitFor(() => expect(watch.counts()).toEqual([...range(1, 100), 101, 120]), { timeout: 8000 })
    const [first, trailing] = watch.seen.slice(100)
    expect(first?.at).toBeLessThan(started + windowMs)
    // Timers may fire a millisecond early by performance.now().
    expect(trailing?.at).toBeGreaterThanOrEqual(started + windowMs - 2)
    expect(watch.channel.subscriptionCount).toBe(120)
    for (const c of burst) {
      await vi.waitFor(() => expect(countsAt(c).at(-1)).toBe(120))
      expect(countsAt(c).every((n) => n === 101 || n === 120)).toBe(true)
    }

    const hooked = () =>
      hooks
        .events()
        .filter((e) => e.channel === 'crowd')
        .map((e) => e.subscription_count as number)
        .sort((a, b) => a - b)
    await vi.waitFor(() => expect(hooked()).toEqual([...range(1, 101), 120]))
  })

  test('close() clears a pending window: no timer keeps the process alive or fires later', async () => {
    // The window is the one 60 s timer here, so its timers can be told apart from the others.
    const windowMs = 60_000
    const realSetTimeout = globalThis.setTimeout
    const windows: NodeJS.Timeout[] = []
    const setSpy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
      callback: () => void,
      ms?: number,
    ) => {
      const timer = realSetTimeout(callback, ms)
      if (ms === windowMs) windows.push(timer)
      return timer
    }) as typeof setTimeout)
    const clearSpy = vi.spyOn(globalThis, 'clearTimeout')
    try {
      const s = await server({ subscriptionCountThrottleMs: windowMs })
      await join(s, 'crowd', 101)
      await join(s, 'crowd', 1)
      expect(s.channels().get('crowd')?.subscriptionCount).toBe(102)
      expect(windows).toHaveLength(1)
      await s.close()
      expect(clearSpy.mock.calls.map(([timer]) => timer)).toEqual(expect.arrayContaining(windows))
    } finally {
      setSpy.mockRestore()
      clearSpy.mockRestore()
    }
  })
})
