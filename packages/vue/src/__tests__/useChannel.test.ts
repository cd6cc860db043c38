import { isChannelKitError } from '@channelkit/core'
import { fireEvent, screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { defineComponent, h, ref, watch } from 'vue'
import { useChannel } from '..'
import { framesIn, kit, renderWithKit, server } from './helpers'

describe('useChannel', () => {
  test('exposes the subscription state as refs', async () => {
    const s = await server()
    const statuses: string[] = []
    const Status = defineComponent({
      setup() {
        const { status, kind, name } = useChannel('private-orders')
        watch(status, (value) => statuses.push(value), { flush: 'sync' })
        return () => h('p', { 'data-testid': 'status' }, `${name.value} ${kind.value} ${status.value}`)
      },
    })
    renderWithKit(Status, kit(s))
    await expect
      .poll(() => screen.getByTestId('status').textContent)
      .toBe('private-orders private subscribed')
    expect(statuses).toEqual(['subscribed'])
  })

  test('100 components on one channel put one pusher:subscribe on the wire', async () => {
    const s = await server()
    const subscribes = framesIn(s, 'pusher:subscribe')
    const Item = defineComponent({
      setup() {
        const { status } = useChannel('busy')
        return () => h('li', status.value)
      },
    })
    const List = defineComponent({
      setup: () => () =>
        h(
          'ul',
          Array.from({ length: 100 }, (_, i) => h(Item, { key: i })),
        ),
    })
    renderWithKit(List, kit(s))
    await expect
      .poll(() => screen.getAllByRole('listitem').every((li) => li.textContent === 'subscribed'))
      .toBe(true)
    expect(subscribes).toHaveLength(1)
  })

  test('a name ref swaps the channel; enabled: false holds the subscription off', async () => {
    const s = await server()
    const subscribes = framesIn(s, 'pusher:subscribe')
    const unsubscribes = framesIn(s, 'pusher:unsubscribe')
    const name = ref('one')
    const enabled = ref(false)
    const Status = defineComponent({
      setup() {
        const { name: current, status } = useChannel(name, { enabled })
        return () => h('p', { 'data-testid': 'status' }, `${current.value} ${status.value}`)
      },
    })
    renderWithKit(Status, kit(s))
    expect(screen.getByTestId('status').textContent).toBe('one unsubscribed')

    enabled.value = true
    await expect.poll(() => screen.getByTestId('status').textContent).toBe('one subscribed')
    name.value = 'two'
    await expect.poll(() => screen.getByTestId('status').textContent).toBe('two subscribed')
    await vi.waitFor(() =>
      expect(unsubscribes.map((f) => f.channel ?? (f.data as { channel: string }).channel)).toEqual(['one']),
    )
    expect(subscribes.map((f) => (f.data as { channel: string }).channel)).toEqual(['one', 'two'])
  })

  test('a bad name is state, not a throw; trigger explains it', async () => {
    const s = await server()
    let caught: unknown
    const Bad = defineComponent({
      setup() {
        const { status, error, trigger } = useChannel('no spaces allowed')
        return () =>
          h('div', [
            h('p', { 'data-testid': 'status' }, `${status.value} ${error.value?.type} ${error.value?.code}`),
            h('button', { onClick: () => attempt(() => trigger('client-x', {})) }, 'send'),
          ])
      },
    })
    const attempt = (fn: () => unknown) => {
      try {
        fn()
      } catch (error) {
        caught = error
      }
    }
    renderWithKit(Bad, kit(s))
    expect(screen.getByTestId('status').textContent).toBe('error ChannelKitError invalid_channel_name')
    await fireEvent.click(screen.getByText('send'))
    expect(isChannelKitError(caught, 'invalid_channel_name')).toBe(true)
  })
})
