import type { ConnectionState } from '@channelkit/core'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ConnectionStatusView } from '../ConnectionStatusView'

const cases: [ConnectionState, string, boolean][] = [
  ['initialized', 'Not connected yet', false],
  ['connecting', 'Connecting…', false],
  ['connected', 'Connected', false],
  ['unavailable', 'Connection unavailable', true],
  ['failed', 'Connection failed', true],
  ['disconnected', 'Disconnected', true],
]

describe('ConnectionStatusView', () => {
  it.each(cases)('shows %s as "%s" (retry: %s)', async (state, label, retry) => {
    const { container } = render(<ConnectionStatusView state={state} />)
    expect(screen.getByRole('status').textContent).toBe(label)
    expect(container.querySelector<HTMLElement>('[data-ck-part="root"]')?.dataset.ckState).toBe(state)
    expect(screen.queryByRole('button', { name: 'Retry' }) !== null).toBe(retry)
    await expectNoAxeViolations(container)
  })

  it('calls onRetry from the retry button', async () => {
    const onRetry = vi.fn()
    render(<ConnectionStatusView state="failed" onRetry={onRetry} />)
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('takes label overrides', () => {
    render(
      <ConnectionStatusView state="unavailable" labels={{ unavailable: 'Hors ligne', retry: 'Réessayer' }} />,
    )
    expect(screen.getByRole('status').textContent).toBe('Hors ligne')
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy()
  })
})
