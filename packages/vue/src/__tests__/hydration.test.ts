import { createChannelKit } from '@channelkit/core'
import { screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { Everything } from '../../test/Everything'
import { afterTest, alice, kit, server } from '../../test/helpers'
import { ChannelKitPlugin } from '..'

describe('hydration', () => {
  test('hydrating the server HTML is clean, then the composables go live', async () => {
    const s = await server()
    const serverKit = createChannelKit({ key: s.app.key, ...s.wsOptions({ user: alice }), server: true })
    const html = await renderToString(createSSRApp(Everything).use(ChannelKitPlugin, { kit: serverKit }))

    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const warn = vi.spyOn(console, 'warn')
    const error = vi.spyOn(console, 'error')
    const app = createSSRApp(Everything).use(ChannelKitPlugin, { kit: kit(s, alice) })
    afterTest(() => {
      app.unmount()
      container.remove()
      warn.mockRestore()
      error.mockRestore()
    })
    app.mount(container)

    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    await expect.poll(() => screen.getByTestId('channel').textContent).toBe('subscribed')
    await expect.poll(() => screen.getByTestId('members').textContent).toBe('1')
    expect(screen.getByTestId('connection').textContent).toBe('connected')
  })
})
