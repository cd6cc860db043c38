import { startServer } from '@channelkit/server'
import { alice } from '@channelkit/test-utils'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { render } from '@channelkit/testing/react'
import { setupTestServer } from '@channelkit/testing/vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ConnectionStatus } from '../ConnectionStatus'

const server = setupTestServer({ user: alice })
const label = () => screen.getByRole('status').textContent

describe('ConnectionStatus (live)', () => {
  it('follows the connection, and retry reconnects after a disconnect', async () => {
    const { container, kit } = render(<ConnectionStatus />, { server })
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
    // A server of the test's own, which it stops and starts again; the kit points at it.
    let restarted = await startServer({ port: 0 })
    const { port } = restarted
    server.defer(() => restarted.close())
    const kitOptions = { ...restarted.wsOptions({ user: alice }), unavailableTimeout: 300 }
    render(<ConnectionStatus />, { server, kitOptions })
    await waitFor(() => expect(label()).toBe('Connected'))

    await restarted.close()
    await waitFor(() => expect(label()).toBe('Connection unavailable'), { timeout: 5000 })

    restarted = await startServer({ port })
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(label()).toBe('Connected'), { timeout: 5000 })
  })
})
