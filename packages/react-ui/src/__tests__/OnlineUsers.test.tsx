import { alice, bob, subscribed, unique } from '@channelkit/test-utils'
import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { render } from '@channelkit/testing/react'
import { setupTestServer } from '@channelkit/testing/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OnlineUsers } from '../OnlineUsers'

const server = setupTestServer({ user: alice })

describe('OnlineUsers (live)', () => {
  it('shows loading, then the real roster as people join and leave', async () => {
    const channel = unique('presence-room-')
    const { container } = render(<OnlineUsers channel={channel} variant="list" />, { server })
    expect(screen.getByRole('group').dataset.ckState).toBe('loading')

    const me = await screen.findByRole('group', { name: '1 person online' })
    expect(me.textContent).toBe('AAlice (you)')
    expect(screen.getByRole('listitem').hasAttribute('data-ck-me')).toBe(true)

    const other = server.client(bob)
    await subscribed(other.subscribe(channel))
    const both = await screen.findByRole('group', { name: '2 people online' })
    expect(both.textContent).toBe('AAlice (you)BBob')
    await expectNoAxeViolations(container)

    other.disconnect()
    await waitFor(() => expect(screen.getByRole('group').getAttribute('aria-label')).toBe('1 person online'))
  })

  it('shows the error state for a name that is not a presence channel', () => {
    render(<OnlineUsers channel="private-room" />, { server })
    expect(screen.getByRole('group').dataset.ckState).toBe('error')
  })
})
