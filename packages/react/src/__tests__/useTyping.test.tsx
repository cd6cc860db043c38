import { renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useChannel } from '../useChannel'
import { useTyping } from '../useTyping'
import { alice, bob, liveServer, subscribed, unique } from './helpers'

const live = liveServer()

describe('useTyping', () => {
  it('shows who types on a presence channel, expires them, and announces our own typing', async () => {
    const kit = live.kit(alice)
    const channel = unique('presence-typing-')
    const bobChannel = await subscribed(live.client(bob), channel)
    const heard: unknown[] = []
    bobChannel.bind('client-typing', (data: unknown, metadata: unknown) => heard.push([data, metadata]))
    const { result } = renderHook(
      () => ({ typing: useTyping(channel, { timeout: 300 }), state: useChannel(channel) }),
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => expect(result.current.state.status).toBe('subscribed'))
    // The typing store binds when its effect ran; wait for its pusher-js callback before bob types.
    await vi.waitFor(() =>
      expect(kit.getClient()?.channel(channel)?.callbacks.get('client-typing')).toHaveLength(1),
    )

    bobChannel.trigger('client-typing', { typing: true })
    await vi.waitFor(() =>
      expect(result.current.typing.typing).toEqual([{ id: 'bob', name: 'Bob', info: { name: 'Bob' } }]),
    )
    await vi.waitFor(() => expect(result.current.typing.typing).toEqual([]))

    const { start, stop } = result.current.typing
    start()
    await vi.waitFor(() => expect(heard).toEqual([[{ typing: true }, { user_id: 'alice' }]]))
    stop()
    await vi.waitFor(() => expect(heard).toHaveLength(2))
    expect(heard[1]).toEqual([{ typing: false }, { user_id: 'alice' }])
    expect(result.current.typing.start).toBe(start)
  })

  it('null holds nothing and renders nobody typing', () => {
    const kit = live.kit(alice)
    const { result } = renderHook(() => useTyping(null), { wrapper: live.wrapper(kit) })
    expect(result.current.typing).toEqual([])
    expect(() => result.current.start()).not.toThrow()
  })
})
