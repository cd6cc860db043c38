import { fireEvent, render, screen, waitFor, within } from '@testing-library/vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { setupTestServer } from '../vitest'
import { createPlugin } from '../vue'
import { Room } from './fixtures/RoomVue'

const server = setupTestServer()

describe('@channelkit/testing/vue', () => {
  it('renders with @testing-library/vue against the test server: members, events, typing, frames', async () => {
    render(Room, {
      props: { channel: 'presence-room' },
      global: { plugins: [createPlugin(server, { user: { id: 'ada', info: { name: 'Ada' } } })] },
    })
    await server.subscribed('presence-room')
    const members = screen.getByRole('list', { name: 'Members' })
    await waitFor(() => expect(members.textContent).toBe('Ada'))

    server.join('presence-room', { id: 'grace', info: { name: 'Grace' } })
    await waitFor(() => expect(members.textContent).toBe('AdaGrace'))
    server.trigger('presence-room', 'message', { text: 'hello' })
    expect(await within(screen.getByRole('list', { name: 'Messages' })).findByText('hello')).toBeTruthy()
    server.typing('presence-room', 'grace')
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Grace is typing'))

    await fireEvent.click(screen.getByRole('button', { name: 'Wave' }))
    const wave = await server.waitForFrame({ direction: 'in', event: 'client-wave' })
    expect(wave).toMatchObject({ channel: 'presence-room', data: { emoji: '👋' } })
  })

  it('mounts with @vue/test-utils, and unmounts what the test left mounted at reset', async () => {
    const plugin = createPlugin(server)
    const wrapper = mount(Room, {
      props: { channel: 'presence-vtu' },
      attachTo: document.body,
      global: { plugins: [plugin] },
    })
    await server.subscribed('presence-vtu')
    await waitFor(() => expect(wrapper.get('ul').text()).toBe('Test User'))
    expect(plugin.kit.connection.getSnapshot().state).toBe('connected')

    await server.reset()
    expect(document.body.querySelector('main')).toBeNull()
    expect(plugin.kit.getClient(), 'the kit is destroyed').toBeUndefined()
    expect(server.localServer.connectionCount()).toBe(0)
  })
})
