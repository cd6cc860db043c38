import { startServer } from '@channelkit/server'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import userEvent from '@testing-library/user-event'
import { screen, waitFor } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import { ConnectionStatus } from '../ConnectionStatus'
import { alice, liveServer } from './live'

const live = liveServer()
const label = () => screen.getByRole('status').textContent

describe('ConnectionStatus (Vue, live)', () => {
  it('follows the connection, and retry reconnects after a disconnect', async () => {
    const kit = live.kit()
    const { container } = live.render(ConnectionStatus, kit)
    await waitFor(() => expect(label()).toBe('Connected'))
    await expectNoAxeViolations(container)

    kit.disconnect()
    await waitFor(() => expect(label()).toBe('Disconnected'))
    await expectNoAxeViolations(container)
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(label()).toBe('Connected'))
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('shows the server going away, and reconnects with retry once it is back', async () => {
    let server = await startServer({ port: 0 })
    const { port } = server
    live.defer(() => server.close())
    const kit = live.kit(alice, { unavailableTimeout: 300 }, server)
    live.render(ConnectionStatus, kit)
    await waitFor(() => expect(label()).toBe('Connected'))

    await server.close()
    await waitFor(() => expect(label()).toBe('Connection unavailable'), { timeout: 5000 })

    server = await startServer({ port })
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(label()).toBe('Connected'), { timeout: 5000 })
  })
})
