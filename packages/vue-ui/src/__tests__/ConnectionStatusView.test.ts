import type { ConnectionState } from '@channelkit/core'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import userEvent from '@testing-library/user-event'
import { render, screen } from '@testing-library/vue'
import { describe, expect, it } from 'vitest'
import { ConnectionStatusView } from '../ConnectionStatusView'

const cases: [ConnectionState, string, boolean][] = [
  ['initialized', 'Not connected yet', false],
  ['connecting', 'Connecting…', false],
  ['connected', 'Connected', false],
  ['unavailable', 'Connection unavailable', true],
  ['failed', 'Connection failed', true],
  ['disconnected', 'Disconnected', true],
]

describe('ConnectionStatusView (Vue)', () => {
  it.each(cases)('shows %s as "%s" (retry: %s)', async (state, label, retry) => {
    const { container } = render(ConnectionStatusView, { props: { state } })
    expect(screen.getByRole('status').textContent).toBe(label)
    expect(container.querySelector<HTMLElement>('[data-ck-part="root"]')?.dataset.ckState).toBe(state)
    expect(screen.queryByRole('button', { name: 'Retry' }) !== null).toBe(retry)
    await expectNoAxeViolations(container)
  })

  it('emits retry from the retry button', async () => {
    const { emitted } = render(ConnectionStatusView, { props: { state: 'failed' } })
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(emitted('retry')).toHaveLength(1)
  })

  it('takes label overrides', () => {
    render(ConnectionStatusView, {
      props: { state: 'unavailable', labels: { unavailable: 'Hors ligne', retry: 'Réessayer' } },
    })
    expect(screen.getByRole('status').textContent).toBe('Hors ligne')
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy()
  })
})
