import { screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { defineComponent, h, type PropType, ref } from 'vue'
import { useEvent } from '..'
import { alice, bob, framesIn, kit, otherClient, renderWithKit, server } from './helpers'

const Messages = defineComponent({
  props: { channel: { type: [String, null] as PropType<string | null>, required: true } },
  setup(props) {
    const texts = ref<string[]>([])
    useEvent(
      () => props.channel,
      'message',
      (data: { text: string }) => {
        texts.value = [...texts.value, data.text]
      },
    )
    return () =>
      h(
        'ul',
        texts.value.map((text) => h('li', text)),
      )
  },
})

describe('useEvent', () => {
  test('events triggered with the official SDK reach the handler', async () => {
    const s = await server()
    const subscribes = framesIn(s, 'pusher:subscribe', 'news')
    renderWithKit(Messages, kit(s), { channel: 'news' })
    await vi.waitFor(() => expect(s.channels().has('news')).toBe(true))

    await s.pusher().trigger('news', 'message', { text: 'hello' })
    await s.pusher().trigger('news', 'other', { text: 'not for us' })
    await s.pusher().trigger('news', 'message', { text: 'world' })

    await expect
      .poll(() => screen.queryAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['hello', 'world'])
    expect(subscribes).toHaveLength(1)
  })

  test('a new channel name swaps the subscription; the old one goes after the grace period', async () => {
    const s = await server()
    const subscribeA = framesIn(s, 'pusher:subscribe', 'room-a')
    const subscribeB = framesIn(s, 'pusher:subscribe', 'room-b')
    const unsubscribeA = framesIn(s, 'pusher:unsubscribe', 'room-a')
    const { rerender } = renderWithKit(Messages, kit(s), { channel: 'room-a' })
    await vi.waitFor(() => expect(s.channels().has('room-a')).toBe(true))

    await rerender({ channel: 'room-b' })
    await vi.waitFor(() => expect(s.channels().has('room-b')).toBe(true))
    await vi.waitFor(() => expect(unsubscribeA).toHaveLength(1))
    expect(subscribeA).toHaveLength(1)
    expect(subscribeB).toHaveLength(1)
    // releaseDelay is 50 ms: the old channel stays until the grace period ran out
    expect(unsubscribeA[0]!.at - subscribeB[0]!.at).toBeGreaterThanOrEqual(30)

    await s.pusher().trigger('room-a', 'message', { text: 'old room' })
    await s.pusher().trigger('room-b', 'message', { text: 'new room' })
    await screen.findByText('new room')
    expect(screen.queryByText('old room')).toBeNull()
  })

  test('a null channel binds nothing until it gets a name', async () => {
    const s = await server()
    const subscribes = framesIn(s, 'pusher:subscribe')
    const { rerender } = renderWithKit(Messages, kit(s), { channel: null })

    await rerender({ channel: 'later' })
    await vi.waitFor(() => expect(s.channels().has('later')).toBe(true))
    await s.pusher().trigger('later', 'message', { text: 'arrived' })
    await screen.findByText('arrived')
    expect(subscribes).toHaveLength(1)
  })

  test('a null event receives every event with its name', async () => {
    const s = await server()
    const seen: [string, unknown][] = []
    const Everything = defineComponent({
      setup() {
        useEvent('feed', null, (event, data) => seen.push([event, data]))
        return () => null
      },
    })
    renderWithKit(Everything, kit(s))
    await vi.waitFor(() => expect(s.channels().has('feed')).toBe(true))
    await s.pusher().trigger('feed', 'a', { n: 1 })
    await s.pusher().trigger('feed', 'b', { n: 2 })
    await vi.waitFor(() =>
      expect(seen).toEqual([
        ['a', { n: 1 }],
        ['b', { n: 2 }],
      ]),
    )
  })
})

describe('useEvent with a null event', () => {
  test('gets the metadata too: the sender of a client event on a presence channel', async () => {
    const s = await server()
    const seen: unknown[] = []
    const Everything = defineComponent({
      setup() {
        useEvent('presence-meta', null, (event, data, metadata) => {
          seen.push([event, data, metadata])
        })
        return () => null
      },
    })
    renderWithKit(Everything, kit(s, alice))
    await vi.waitFor(() => expect(s.channels().get('presence-meta')?.userCount).toBe(1))
    const bobChannel = otherClient(s, bob).subscribe('presence-meta')
    await vi.waitFor(() => expect(bobChannel.subscribed).toBe(true))
    bobChannel.trigger('client-wave', { hi: 1 })
    await vi.waitFor(() => expect(seen).toEqual([['client-wave', { hi: 1 }, { user_id: 'bob' }]]))
  })
})
