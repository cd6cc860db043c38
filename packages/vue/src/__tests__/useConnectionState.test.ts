import { screen } from '@testing-library/vue'
import { describe, expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { kit, renderWithKit, server } from '../../test/helpers'
import { useConnectionState } from '..'

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
    renderWithKit(State, kit(first))
    await expect.poll(() => screen.getByTestId('state').textContent).toBe('connected')

    await first.close()
    await expect.poll(() => screen.getByTestId('state').textContent).not.toBe('connected')

    const second = await server(port)
    // Connected to the new server. pusher-js retries at once on close 4200; that attempt finds the port
    // closed, and its strategy waits out a 15 s timeout before the next one, hence the long wait.
    await expect
      .poll(() => [screen.getByTestId('state').textContent, second.connectionCount()], { timeout: 25_000 })
      .toEqual(['connected', 1])
  }, 30_000)
})
