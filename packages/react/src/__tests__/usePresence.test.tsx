import { type Member, shallowEqual } from '@channelkit/core'
import { presenceStore } from '@channelkit/core/adapter'
import { act, render, renderHook, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { usePresence } from '../usePresence'
import { alice, bob, carol, liveServer, subscribed, unique } from './helpers'

const live = liveServer()

/** The render counts the issue asks to report, printed once per run. */
const figures: Record<string, number> = {}
afterAll(() => console.info('presence selector commits', JSON.stringify(figures)))

function Count({ channel, onRender }: { channel: string; onRender(count: number): void }) {
  const count = usePresence(channel, (s) => s.count)
  onRender(count)
  return <p>count {count}</p>
}

function Alice({ channel }: { channel: string }) {
  const member = usePresence(channel, (s) => s.byId.get('alice'))
  return <p>alice {member ? 'here' : 'away'}</p>
}

describe('usePresence', () => {
  it('lists members that really join and leave from other pusher-js clients', async () => {
    const kit = live.kit(alice)
    const channel = unique('presence-room-')
    const { result } = renderHook(() => usePresence<{ name: string }>(channel), {
      wrapper: live.wrapper(kit),
    })
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    expect(result.current.me).toEqual({ id: 'alice', info: { name: 'Alice' } })

    const bobClient = live.client(bob)
    await subscribed(bobClient, channel)
    const carolClient = live.client(carol)
    await subscribed(carolClient, channel)
    await vi.waitFor(() => expect(result.current.members.map((m) => m.id)).toEqual(['alice', 'bob', 'carol']))
    expect(result.current.byId.get('bob')?.info).toEqual({ name: 'Bob' })
    expect(result.current.count).toBe(3)

    bobClient.disconnect()
    await vi.waitFor(() => expect(result.current.members.map((m) => m.id)).toEqual(['alice', 'carol']))
    expect(result.current.count).toBe(2)
  })

  it('re-renders only when the selected slice changes (Profiler commit counts)', async () => {
    const kit = live.kit(alice)
    const channel = unique('presence-counts-')
    const counts: number[] = []
    const commits = { count: 0, alice: 0 }
    render(
      <ChannelKitProvider kit={kit}>
        <Profiler id="count" onRender={() => commits.count++}>
          <Count channel={channel} onRender={(count) => counts.push(count)} />
        </Profiler>
        <Profiler id="alice" onRender={() => commits.alice++}>
          <Alice channel={channel} />
        </Profiler>
      </ChannelKitProvider>,
    )
    await screen.findByText('alice here')
    await screen.findByText('count 1')
    const aliceCommits = commits.alice
    expect(aliceCommits).toBe(2) // mount, then alice's own subscription succeeded

    const bobClient = live.client(bob)
    await subscribed(bobClient, channel)
    await screen.findByText('count 2')
    const carolClient = live.client(carol)
    await subscribed(carolClient, channel)
    await screen.findByText('count 3')
    bobClient.disconnect()
    await screen.findByText('count 2')
    carolClient.disconnect()
    await screen.findByText('count 1')

    // One commit per distinct count: mount (0), 1, 2, 3, 2, 1.
    expect(counts).toEqual([0, 1, 2, 3, 2, 1])
    expect(commits.count).toBe(6)
    // Four roster changes of other members: not one commit for the alice selector.
    expect(commits.alice - aliceCommits).toBe(0)
    figures.count = commits.count
    figures.aliceAfterOthers = commits.alice - aliceCommits
  })

  it('isEqual keeps a derived array from re-rendering', async () => {
    const kit = live.kit(alice)
    const channel = unique('presence-ids-')
    const renders: string[][] = []
    const { result } = renderHook(
      () => {
        const ids = usePresence(
          channel,
          (s) => s.members.filter((m: Member) => m.id !== 'bob').map((m) => m.id),
          shallowEqual,
        )
        renders.push(ids)
        return ids
      },
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => expect(result.current).toEqual(['alice']))
    const before = renders.length
    const bobClient = live.client(bob)
    await subscribed(bobClient, channel)
    await vi.waitFor(() => expect(presenceStore(kit, channel).getSnapshot().count).toBe(2))
    expect(renders.length).toBe(before)
  })

  it('null and non-presence names render the empty roster without throwing', () => {
    const kit = live.kit(alice)
    const { result: none } = renderHook(() => usePresence(null), { wrapper: live.wrapper(kit) })
    expect(none.current).toMatchObject({ status: 'unsubscribed', count: 0, members: [] })
    const { result: wrong } = renderHook(() => usePresence('private-not-presence'), {
      wrapper: live.wrapper(kit),
    })
    expect(wrong.current).toMatchObject({ status: 'error', count: 0 })
  })
})

describe('usePresence while not connected', () => {
  it('after kit.disconnect() the roster is the last one known, marked stale; connect() makes it live', async () => {
    const kit = live.kit(alice)
    const channel = unique('presence-stale-')
    await subscribed(live.client(bob), channel)
    const { result } = renderHook(() => usePresence(channel), { wrapper: live.wrapper(kit) })
    await vi.waitFor(() =>
      expect(result.current).toMatchObject({ status: 'subscribed', count: 2, stale: false }),
    )
    act(() => kit.disconnect())
    expect(result.current).toMatchObject({ status: 'unsubscribed', count: 2, stale: true })
    expect(result.current.members.map((m) => m.id)).toEqual(['bob', 'alice'])
    act(() => kit.connect())
    await vi.waitFor(() => expect(result.current).toMatchObject({ status: 'subscribed', stale: false }))
  })
})
