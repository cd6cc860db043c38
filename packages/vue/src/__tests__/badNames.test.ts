import type { ChannelKitError } from '@channelkit/core'
import { fireEvent, screen } from '@testing-library/vue'
import { describe, expect, test } from 'vitest'
import { defineComponent, h } from 'vue'
import { useEvent, useNotifications, usePresence, useTyping } from '..'
import { alice, kit, renderWithKit, server } from './helpers'

const BadNames = defineComponent({
  setup() {
    useEvent('no spaces', 'message', () => {})
    const { typing, start } = useTyping('no spaces')
    const { visible, push } = useNotifications<string>('no spaces', 'alert', { duration: 0 })
    const roster = usePresence('private-room')
    return () =>
      h('div', [
        h('p', { 'data-testid': 'typing' }, String(typing.value.length)),
        h('p', { 'data-testid': 'presence' }, `${roster.value.status} ${roster.value.error?.code}`),
        h('button', { onClick: () => start() }, 'type'),
        h('button', { onClick: () => push('local') }, 'push'),
        ...visible.value.map((n) => h('li', n.data)),
      ])
  },
})

describe('a bad channel name never throws from a composable', () => {
  test('useEvent, useTyping and useNotifications report it through onError; usePresence shows it', async () => {
    const s = await server()
    const errors: ChannelKitError[] = []
    const k = kit(s, alice, { onError: (error) => errors.push(error) })
    renderWithKit(BadNames, k)
    // useEvent, useTyping and useNotifications report the name: once, since it is the same refusal in one tick.
    expect(errors.map((e) => e.code)).toEqual(['invalid_channel_name'])
    expect(screen.getByTestId('presence').textContent).toBe('error not_a_presence_channel')
    expect(screen.getByTestId('typing').textContent).toBe('0')
    await fireEvent.click(screen.getByText('type'))
    await fireEvent.click(screen.getByText('push'))
    await screen.findByText('local')
    expect(errors).toHaveLength(1)
    expect(k.getClient()?.channels.all()).toEqual([])
  })
})
