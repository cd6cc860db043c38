import { type ChannelKit, createChannelKit } from '@channelkit/core'
import type { LocalServer } from '@channelkit/server'
import { screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { createApp, createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { ChannelKitPlugin, useClientTrigger } from '..'
import { Everything } from './Everything'
import { afterTest, alice, bob, kit, otherClient, server } from './helpers'

/** Renders `Everything` on a server kit, hydrates the HTML with `browserKit`; returns the console spies. */
async function hydrate(s: LocalServer, browserKit: ChannelKit) {
  const serverKit = createChannelKit({ key: s.app.key, ...s.wsOptions({ user: alice }), server: true })
  const html = await renderToString(createSSRApp(Everything).use(ChannelKitPlugin, { kit: serverKit }))
  expect(html).toContain('<dd data-testid="connection">initialized</dd>')

  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const warn = vi.spyOn(console, 'warn')
  const error = vi.spyOn(console, 'error')
  const app = createSSRApp(Everything).use(ChannelKitPlugin, { kit: browserKit })
  afterTest(() => {
    app.unmount()
    container.remove()
    warn.mockRestore()
    error.mockRestore()
  })
  app.mount(container)
  return { warn, error }
}

describe('hydration', () => {
  test('hydrating the server HTML is clean, then the composables go live', async () => {
    const s = await server()
    const { warn, error } = await hydrate(s, kit(s, alice))

    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    await expect.poll(() => screen.getByTestId('channel').textContent).toBe('subscribed')
    await expect.poll(() => screen.getByTestId('members').textContent).toBe('1')
    expect(screen.getByTestId('connection').textContent).toBe('connected')
  })

  test('a kit already connected in the browser still hydrates from the initial snapshots', async () => {
    const s = await server()
    const live = kit(s, alice)
    live.connect()
    await expect.poll(() => live.connection.getSnapshot().state).toBe('connected')
    const { warn, error } = await hydrate(s, live)

    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    await expect.poll(() => screen.getByTestId('connection').textContent).toBe('connected')
  })
})

describe('an action called in setup', () => {
  // Calls trigger() in setup and records what it did; renders the same on server and client.
  const results: string[] = []
  const SetupTrigger = defineComponent({
    setup() {
      const trigger = useClientTrigger('private-setup')
      try {
        results.push(trigger('client-hello', { from: 'setup' }))
      } catch (error) {
        results.push((error as { code?: string }).code ?? String(error))
      }
      return () => h('p', 'ready')
    },
  })

  test('behaves the same in a client-only app and while hydrating: queued, then sent', async () => {
    const s = await server()
    const heard: unknown[] = []
    const other = otherClient(s, { id: 'listener' }).subscribe('private-setup')
    other.bind('client-hello', (data: unknown) => heard.push(data))

    results.length = 0
    const client = createApp(SetupTrigger).use(ChannelKitPlugin, { kit: kit(s, alice) })
    const first = document.body.appendChild(document.createElement('div'))
    client.mount(first)
    afterTest(() => {
      client.unmount()
      first.remove()
    })

    const serverKit = createChannelKit({ key: s.app.key, ...s.wsOptions({ user: alice }), server: true })
    const html = await renderToString(createSSRApp(SetupTrigger).use(ChannelKitPlugin, { kit: serverKit }))
    const second = document.body.appendChild(document.createElement('div'))
    second.innerHTML = html
    const hydrated = createSSRApp(SetupTrigger).use(ChannelKitPlugin, { kit: kit(s, bob) })
    hydrated.mount(second)
    afterTest(() => {
      hydrated.unmount()
      second.remove()
    })

    // The server render cannot send (no connection there); the two browsers both queue.
    expect(results).toEqual(['queued', 'no_client', 'queued'])
    await expect.poll(() => heard).toEqual([{ from: 'setup' }, { from: 'setup' }])
  })
})
