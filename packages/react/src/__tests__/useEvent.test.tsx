import { renderHook } from '@testing-library/react'
import type { Channel } from 'pusher-js'
import { describe, expect, it, vi } from 'vitest'
import { useChannel } from '../useChannel'
import { useEvent } from '../useEvent'
import { alice, bob, liveServer, sent, subscribeFrames, unique } from './helpers'

const live = liveServer()

/** pusher-js's own callbacks for `event` on the kit's channel. */
const pusherCallbacks = (channel: Channel | undefined, event: string) =>
  (
    channel as unknown as { callbacks: { get(name: string): unknown[] | undefined } } | undefined
  )?.callbacks.get(event)?.length ?? 0

describe('useEvent', () => {
  it('receives events triggered with the official SDK', async () => {
    const kit = live.kit()
    const channel = unique('news-')
    const seen: unknown[] = []
    const { result } = renderHook(
      () => {
        useEvent(channel, 'headline', (data) => seen.push(data))
        return useChannel(channel)
      },
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    await live.server.pusher().trigger(channel, 'headline', { title: 'Hello' })
    await vi.waitFor(() => expect(seen).toEqual([{ title: 'Hello' }]))
  })

  it('a null event receives every event, with its name', async () => {
    const kit = live.kit()
    const channel = unique('feed-')
    const seen: unknown[] = []
    const { result } = renderHook(
      () => {
        useEvent(channel, null, (event, data) => seen.push([event, data]))
        return useChannel(channel)
      },
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    await live.server.pusher().trigger(channel, 'a', 1)
    await live.server.pusher().trigger(channel, 'b', 2)
    await vi.waitFor(() =>
      expect(seen).toEqual([
        ['a', 1],
        ['b', 2],
      ]),
    )
  })

  it('a null channel binds nothing and subscribes to nothing until it gets a name', async () => {
    const kit = live.kit()
    const channel = unique('later-')
    const frames = live.frames(subscribeFrames(channel))
    const seen: unknown[] = []
    const { rerender } = renderHook(
      ({ name }: { name: string | null }) => {
        useEvent(name, 'ping', (data) => seen.push(data))
        return useChannel(name)
      },
      { wrapper: live.wrapper(kit), initialProps: { name: null as string | null } },
    )
    expect(kit.getClient()?.channel(channel)).toBeUndefined()
    rerender({ name: channel })
    await vi.waitFor(() => expect(kit.getClient()?.channel(channel)?.subscribed).toBe(true))
    expect(frames).toHaveLength(1)
    await live.server.pusher().trigger(channel, 'ping', 'pong')
    await vi.waitFor(() => expect(seen).toEqual(['pong']))
  })

  it('calls the latest handler without rebinding when the handler identity changes', async () => {
    const kit = live.kit()
    const channel = unique('chat-')
    const acquire = vi.spyOn(kit, 'channel')
    const frames = live.frames(sent(channel))
    const calls: string[] = []
    const { result, rerender } = renderHook(
      ({ tag }: { tag: string }) => {
        useEvent(channel, 'message', () => calls.push(tag))
        return useChannel(channel)
      },
      { wrapper: live.wrapper(kit), initialProps: { tag: 'first' } },
    )
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    const pusherChannel = kit.getClient()?.channel(channel)
    const acquired = acquire.mock.calls.length
    expect(pusherCallbacks(pusherChannel, 'message')).toBe(1)

    for (const tag of ['second', 'third', 'fourth']) rerender({ tag })
    await live.server.pusher().trigger(channel, 'message', {})
    await vi.waitFor(() => expect(calls).toEqual(['fourth']))

    expect(acquire.mock.calls.length).toBe(acquired)
    expect(pusherCallbacks(pusherChannel, 'message')).toBe(1)
    expect(frames.map((f) => f.event)).toEqual(['pusher:subscribe'])
  })
})

describe('useEvent with a null event', () => {
  it('gets the metadata too: the sender of a client event on a presence channel', async () => {
    const kit = live.kit(alice)
    const channel = unique('presence-meta-')
    const seen: unknown[] = []
    const { result } = renderHook(
      () => {
        useEvent(channel, null, (event, data, metadata) => seen.push([event, data, metadata]))
        return useChannel(channel)
      },
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    const bobChannel = live.client(bob).subscribe(channel)
    await vi.waitFor(() => expect(bobChannel.subscribed).toBe(true))
    bobChannel.trigger('client-wave', { hi: 1 })
    await vi.waitFor(() => expect(seen).toEqual([['client-wave', { hi: 1 }, { user_id: 'bob' }]]))
  })
})
