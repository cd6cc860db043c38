import { createChannelKit } from '@channelkit/core'
import { createFaultProxy } from '@channelkit/server'
import { screen } from '@testing-library/vue'
import { describe, expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { useConnectionState } from '..'
import { afterTest, renderWithKit, server } from './helpers'

const State = defineComponent({
  setup() {
    const state = useConnectionState((s) => s.state)
    return () => h('p', { 'data-testid': 'state' }, state.value)
  },
})

describe('useConnectionState', () => {
  test('follows the connection through a server stop and restart on the same port', async () => {
    const first = await server()
    const port = first.port
    // Between stop and restart new connections wait at the proxy instead of being refused (pusher-js
    // would then wait out 15 s); the server really stops and a new one starts on the same port.
    const proxy = await createFaultProxy({ target: { port } })
    afterTest(() => proxy.close())
    const kit = createChannelKit({
      key: first.app.key,
      ...first.wsOptions(),
      wsPort: proxy.port,
      server: false,
    })
    afterTest(() => kit.destroy())
    renderWithKit(State, kit)
    await expect.poll(() => screen.getByTestId('state').textContent).toBe('connected')

    proxy.hold()
    await first.close()
    await expect.poll(() => screen.getByTestId('state').textContent).not.toBe('connected')

    const second = await server(port)
    proxy.resume()
    await expect
      .poll(() => [screen.getByTestId('state').textContent, second.connectionCount()], { timeout: 5000 })
      .toEqual(['connected', 1])
  })
})
