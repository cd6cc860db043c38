import { useChannel } from '@channelkit/react'
import {
  fireEvent,
  renderHook as renderHookWithTestingLibrary,
  screen,
  waitFor,
  within,
} from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { createWrapper, render, renderHook } from '../react'
import { setupTestServer } from '../vitest'
import { Room } from './fixtures/RoomReact'

const server = setupTestServer()
const Frame = ({ children }: { children: ReactNode }) => <section aria-label="Frame">{children}</section>
const ada = { id: 'ada', info: { name: 'Ada' } }

describe('@channelkit/testing/react', () => {
  it('renders against the test server as the test user, with simulated members, events and typing', async () => {
    render(<Room channel="presence-room" />, { server })
    await server.subscribed('presence-room')
    const members = screen.getByRole('list', { name: 'Members' })
    await waitFor(() => expect(members.textContent).toBe('Test User'))

    server.join('presence-room', { id: 'grace', info: { name: 'Grace' } })
    await waitFor(() => expect(members.textContent).toBe('Test UserGrace'))
    expect(server.members('presence-room')).toEqual([{ id: 'grace', info: { name: 'Grace' } }])

    server.trigger('presence-room', 'message', { text: 'hello' })
    expect(await within(screen.getByRole('list', { name: 'Messages' })).findByText('hello')).toBeTruthy()

    server.typing('presence-room', 'grace')
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Grace is typing'))
    server.typing('presence-room', 'grace', false)
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''))

    server.leave('presence-room', 'grace')
    await waitFor(() => expect(members.textContent).toBe('Test User'))
  })

  it('signs in whoever the test names, and reads the frames the component sent', async () => {
    render(<Room channel="presence-room" />, { server, user: ada })
    await server.subscribed('presence-room')
    await waitFor(() => expect(screen.getByRole('list', { name: 'Members' }).textContent).toBe('Ada'))

    fireEvent.click(screen.getByRole('button', { name: 'Wave' }))
    const wave = await server.waitForFrame({ direction: 'in', event: 'client-wave' })
    expect(wave).toMatchObject({ channel: 'presence-room', data: { emoji: '👋' } })
    expect(server.sent({ channel: 'presence-room', event: 'pusher:subscribe' })).toHaveLength(1)

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    await server.signedIn('ada')
    expect(await screen.findByText('Signed in as ada')).toBeTruthy()
  })

  it('starts each test afresh: no frames, members or trees of the test before', async () => {
    expect(server.frames()).toEqual([])
    expect(server.members('presence-room')).toEqual([])
    expect(document.body.textContent).toBe('')
    expect(server.localServer.connectionCount()).toBe(0)
  })

  it('gives two users two kits; another browser is a plain client', async () => {
    render(<Room channel="presence-two" />, { server, user: ada })
    const bob = server.client({ id: 'bob', info: { name: 'Bob' } })
    bob.subscribe('presence-two')
    await server.subscribed('presence-two', { count: 2 })
    await waitFor(() => expect(screen.getByRole('list', { name: 'Members' }).textContent).toBe('AdaBob'))
  })

  it('wraps renderHook (and any render) with createWrapper', async () => {
    const wrapper = createWrapper(server, { user: null })
    const { result } = renderHookWithTestingLibrary(() => useChannel('private-orders'), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('subscribed'))
    expect(wrapper.kit.connection.getSnapshot().state).toBe('connected')

    const hook = renderHook(() => useChannel('orders'), { server })
    await server.subscribed('orders')
    await waitFor(() => expect(hook.result.current.status).toBe('subscribed'))
  })

  it('puts the test’s own wrapper inside the provider', async () => {
    render(<Room channel="presence-framed" />, { server, wrapper: Frame })
    await server.subscribed('presence-framed')
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Frame' })).getByRole('list', { name: 'Members' })
          .textContent,
      ).toBe('Test User'),
    )
  })
})
