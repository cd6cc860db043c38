import { type ChannelKit, createChannelKit } from '@channelkit/core'
import type { LocalServer } from '@channelkit/server'
import { screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { ChannelKitPlugin } from '..'
import { Everything } from './Everything'
import { afterTest, alice, kit, server } from './helpers'

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
