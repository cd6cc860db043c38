import { fireEvent, screen } from '@testing-library/vue'
import { describe, expect, test, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useNotifications } from '..'
import { kit, renderWithKit, server } from './helpers'

describe('useNotifications', () => {
  test('queues events from the channel and dismisses them', async () => {
    const s = await server()
    const Toasts = defineComponent({
      setup() {
        const { visible, queued, dismiss } = useNotifications<{ text: string }>('alerts', 'alert', {
          max: 1,
          duration: 0,
        })
        return () =>
          h('div', [
            h('p', { 'data-testid': 'queued' }, String(queued.value.length)),
            h(
              'ul',
              visible.value.map((n) =>
                h('li', [n.data.text, h('button', { onClick: () => dismiss(n.id) }, 'dismiss')]),
              ),
            ),
          ])
      },
    })
    renderWithKit(Toasts, kit(s))
    await vi.waitFor(() => expect(s.channels().has('alerts')).toBe(true))
    await s.pusher().trigger('alerts', 'alert', { text: 'first' })
    await s.pusher().trigger('alerts', 'alert', { text: 'second' })

    await screen.findByText('first')
    await expect.poll(() => screen.getByTestId('queued').textContent).toBe('1')
    await fireEvent.click(screen.getByText('dismiss'))
    await screen.findByText('second')
    expect(screen.getByTestId('queued').textContent).toBe('0')
  })

  test('with no channel, a queue fed by push', async () => {
    const s = await server()
    const Local = defineComponent({
      setup() {
        const { visible, push } = useNotifications<string>(null, null)
        return () =>
          h('div', [
            h('button', { onClick: () => push('saved') }, 'save'),
            ...visible.value.map((n) => h('p', n.data)),
          ])
      },
    })
    renderWithKit(Local, kit(s))
    await fireEvent.click(screen.getByText('save'))
    await screen.findByText('saved')
    expect(s.connectionCount()).toBe(0)
  })
})
