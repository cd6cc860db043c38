import { screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { defineComponent, h, watch } from 'vue'
import { usePresence } from '..'
import { alice, bob, carol, kit, otherClient, renderWithKit, server, subscribed } from './helpers'

const ROOM = 'presence-room'

describe('usePresence', () => {
  test('lists members that really join and leave from other pusher-js clients', async () => {
    const s = await server()
    const Roster = defineComponent({
      setup() {
        const roster = usePresence<{ name: string }>(ROOM)
        return () =>
          h('div', [
            h('p', { 'data-testid': 'count' }, String(roster.value.count)),
            h('p', { 'data-testid': 'me' }, roster.value.me?.info.name ?? ''),
            h(
              'ul',
              roster.value.members.map((m) => h('li', m.info.name)),
            ),
          ])
      },
    })
    renderWithKit(Roster, kit(s, alice))
    const names = () => screen.queryAllByRole('listitem').map((li) => li.textContent)
    await expect.poll(names).toEqual(['Alice'])
    expect(screen.getByTestId('me').textContent).toBe('Alice')

    const bobClient = otherClient(s, bob)
    await subscribed(bobClient.subscribe(ROOM))
    const carolClient = otherClient(s, carol)
    await subscribed(carolClient.subscribe(ROOM))
    await expect.poll(names).toEqual(['Alice', 'Bob', 'Carol'])
    expect(screen.getByTestId('count').textContent).toBe('3')

    bobClient.unsubscribe(ROOM)
    await expect.poll(names).toEqual(['Alice', 'Carol'])
    carolClient.disconnect()
    await expect.poll(names).toEqual(['Alice'])
  })

  test('a watcher on a selected slice fires only when that slice changes', async () => {
    const s = await server()
    const counts: number[] = []
    const aliceSeen: unknown[] = []
    const Watchers = defineComponent({
      setup() {
        const count = usePresence(ROOM, (r) => r.count)
        const me = usePresence(ROOM, (r) => r.byId.get('alice'))
        watch(count, (value) => counts.push(value), { flush: 'sync' })
        watch(me, (value) => aliceSeen.push(value), { flush: 'sync' })
        return () => h('p', { 'data-testid': 'count' }, String(count.value))
      },
    })
    renderWithKit(Watchers, kit(s, alice))
    await expect.poll(() => screen.getByTestId('count').textContent).toBe('1')
    expect(aliceSeen).toEqual([{ id: 'alice', info: { name: 'Alice' } }])

    const bobClient = otherClient(s, bob)
    await subscribed(bobClient.subscribe(ROOM))
    const carolClient = otherClient(s, carol)
    await subscribed(carolClient.subscribe(ROOM))
    await expect.poll(() => screen.getByTestId('count').textContent).toBe('3')
    bobClient.unsubscribe(ROOM)
    await expect.poll(() => screen.getByTestId('count').textContent).toBe('2')

    // once per count change, and never for the member that did not change
    expect(counts).toEqual([1, 2, 3, 2])
    expect(aliceSeen).toHaveLength(1)
  })

  test('null subscribes to nothing and shows the empty roster', async () => {
    const s = await server()
    const Idle = defineComponent({
      setup() {
        const count = usePresence(null, (r) => r.count)
        return () => h('p', { 'data-testid': 'count' }, String(count.value))
      },
    })
    renderWithKit(Idle, kit(s))
    expect(screen.getByTestId('count').textContent).toBe('0')
    await vi.waitFor(() => expect(s.connectionCount()).toBe(0))
  })

  test('a name that is not a presence channel is an error state', async () => {
    const s = await server()
    const Wrong = defineComponent({
      setup() {
        const status = usePresence('private-room', (r) => r.status)
        return () => h('p', { 'data-testid': 'status' }, status.value)
      },
    })
    renderWithKit(Wrong, kit(s))
    expect(screen.getByTestId('status').textContent).toBe('error')
  })
})

describe('usePresence while not connected', () => {
  test('after kit.disconnect() the roster is the last one known, marked stale; connect() makes it live', async () => {
    const s = await server()
    await subscribed(otherClient(s, bob).subscribe('presence-stale'))
    const k = kit(s, alice)
    const Stale = defineComponent({
      setup() {
        const roster = usePresence('presence-stale')
        return () =>
          h(
            'p',
            { 'data-testid': 'roster' },
            `${roster.value.status} ${roster.value.count} ${roster.value.stale}`,
          )
      },
    })
    renderWithKit(Stale, k)
    const shown = () => screen.getByTestId('roster').textContent
    await expect.poll(shown).toBe('subscribed 2 false')
    k.disconnect()
    await expect.poll(shown).toBe('unsubscribed 2 true')
    k.connect()
    await expect.poll(shown).toBe('subscribed 2 false')
  })
})
