import { expectNoAxeViolations } from '@channelkit/test-utils/axe'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OnlineUsers } from '../OnlineUsers'
import { bob, liveServer, subscribed, unique } from './live'

const live = liveServer()

describe('OnlineUsers (live)', () => {
  it('shows loading, then the real roster as people join and leave', async () => {
    const channel = unique('presence-room-')
    const { container } = live.render(<OnlineUsers channel={channel} variant="list" />, live.kit())
    expect(screen.getByRole('group').dataset.ckState).toBe('loading')

    const me = await screen.findByRole('group', { name: '1 person online' })
    expect(me.textContent).toBe('AAlice (you)')
    expect(screen.getByRole('listitem').hasAttribute('data-ck-me')).toBe(true)

    const other = live.client(bob)
    await subscribed(other.subscribe(channel))
    const both = await screen.findByRole('group', { name: '2 people online' })
    expect(both.textContent).toBe('AAlice (you)BBob')
    await expectNoAxeViolations(container)

    other.disconnect()
    await waitFor(() => expect(screen.getByRole('group').getAttribute('aria-label')).toBe('1 person online'))
  })

  it('shows the error state for a name that is not a presence channel', () => {
    live.render(<OnlineUsers channel="private-room" />, live.kit())
    expect(screen.getByRole('group').dataset.ckState).toBe('error')
  })
})
