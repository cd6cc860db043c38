import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useChannel } from '../useChannel'
import { useNotifications } from '../useNotifications'
import { liveServer, unique } from './helpers'

const live = liveServer()

describe('useNotifications', () => {
  it('queues SDK-triggered events as notifications, with the latest map', async () => {
    const kit = live.kit()
    const channel = unique('alerts-')
    const { result, rerender } = renderHook(
      ({ prefix }: { prefix: string }) => ({
        toasts: useNotifications<string>(channel, 'alert', {
          max: 2,
          duration: 0,
          map: (data) => `${prefix}${(data as { text: string }).text}`,
        }),
        state: useChannel(channel),
      }),
      { wrapper: live.wrapper(kit), initialProps: { prefix: 'a:' } },
    )
    await vi.waitFor(() => expect(result.current.state.status).toBe('subscribed'))
    await vi.waitFor(() => expect(kit.getClient()?.channel(channel)?.callbacks.get('alert')).toHaveLength(1))
    const sdk = live.server.pusher()
    await sdk.trigger(channel, 'alert', { text: 'one' })
    await vi.waitFor(() => expect(result.current.toasts.visible.map((n) => n.data)).toEqual(['a:one']))
    rerender({ prefix: 'b:' })
    await sdk.trigger(channel, 'alert', { text: 'two' })
    await sdk.trigger(channel, 'alert', { text: 'three' })
    await vi.waitFor(() => expect(result.current.toasts.queued.map((n) => n.data)).toEqual(['b:three']))
    expect(result.current.toasts.visible.map((n) => n.data)).toEqual(['a:one', 'b:two'])

    const first = result.current.toasts.visible[0]!
    act(() => result.current.toasts.dismiss(first.id))
    expect(result.current.toasts.visible.map((n) => n.data)).toEqual(['b:two', 'b:three'])
    act(() => result.current.toasts.clear())
    expect(result.current.toasts.visible).toEqual([])
  })

  it('push, pause and resume work without a channel; auto-dismiss follows the timers', () => {
    vi.useFakeTimers()
    try {
      const kit = live.kit()
      const { result } = renderHook(() => useNotifications<string>(null, null, { duration: 1000 }), {
        wrapper: live.wrapper(kit),
      })
      let id = ''
      act(() => {
        id = result.current.push('saved')
      })
      expect(result.current.visible).toMatchObject([{ id, data: 'saved', duration: 1000 }])
      act(() => result.current.pause())
      expect(result.current.paused).toBe(true)
      act(() => vi.advanceTimersByTime(5000))
      expect(result.current.visible).toHaveLength(1)
      act(() => result.current.resume())
      act(() => vi.advanceTimersByTime(1000))
      expect(result.current.visible).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })
})
