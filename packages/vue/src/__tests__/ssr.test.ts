// @vitest-environment node
import { createChannelKit } from '@channelkit/core'
import { describe, expect, test } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { ChannelKitPlugin } from '..'
import { Everything } from './Everything'
import { afterTest, alice, server } from './helpers'

describe('server-side rendering', () => {
  test('renders every composable from initial snapshots, opens no socket and subscribes to nothing', async () => {
    const s = await server()
    const frames: unknown[] = []
    afterTest(s.onFrame((frame) => frames.push(frame)))
    const kit = createChannelKit({ key: s.app.key, ...s.wsOptions({ user: alice }) })
    afterTest(() => kit.destroy())

    const html = await renderToString(createSSRApp(Everything).use(ChannelKitPlugin, { kit }))

    expect(html).toContain('<dd data-testid="connection">initialized</dd>')
    expect(html).toContain('<dd data-testid="channel">unsubscribed</dd>')
    expect(html).toContain('<dd data-testid="members">0</dd>')
    expect(html).toContain('<dd data-testid="user">signed-out</dd>')
    expect(kit.getClient()).toBeUndefined()
    expect(s.connectionCount()).toBe(0)
    expect(frames).toEqual([])
  })

  test('an app given options renders on the server without creating a client', async () => {
    const s = await server()
    const app = createSSRApp(Everything).use(ChannelKitPlugin, { key: s.app.key, ...s.wsOptions() })
    await renderToString(app)
    expect(s.connectionCount()).toBe(0)
  })
})
