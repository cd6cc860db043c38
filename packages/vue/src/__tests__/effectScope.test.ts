import { describe, expect, test, vi } from 'vitest'
import { createApp, effectScope } from 'vue'
import { ChannelKitPlugin, useChannel, useEvent } from '..'
import { framesIn, kit, server } from './helpers'

describe('composables in an effectScope outside components', () => {
  test('work inside app.runWithContext, and stop() releases the channel', async () => {
    const s = await server()
    const unsubscribes = framesIn(s, 'pusher:unsubscribe', 'scoped')
    const app = createApp({}).use(ChannelKitPlugin, { kit: kit(s) })
    const scope = effectScope()
    const received: unknown[] = []
    const channel = app.runWithContext(() =>
      scope.run(() => {
        useEvent('scoped', 'ping', (data) => received.push(data))
        return useChannel('scoped')
      }),
    )
    await expect.poll(() => channel?.status.value).toBe('subscribed')
    await s.pusher().trigger('scoped', 'ping', { n: 1 })
    await vi.waitFor(() => expect(received).toEqual([{ n: 1 }]))

    scope.stop()
    await vi.waitFor(() => expect(unsubscribes).toHaveLength(1))
    expect(s.channels().has('scoped')).toBe(false)
  })
})
