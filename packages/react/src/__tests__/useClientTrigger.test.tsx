import { ChannelKitError, isChannelKitError } from '@channelkit/core'
import { caught } from '@channelkit/test-utils'
import { renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useChannel } from '../useChannel'
import { useClientTrigger } from '../useClientTrigger'
import { alice, bob, liveServer, sent, subscribed, unique } from './helpers'

const live = liveServer()

describe('useClientTrigger', () => {
  it('sends a client event that another client receives', async () => {
    const kit = live.kit(alice)
    const channel = unique('private-chat-')
    const bobChannel = await subscribed(live.client(bob), channel)
    const received: unknown[] = []
    bobChannel.bind('client-typing', (data: unknown) => received.push(data))
    const { result } = renderHook(
      () => ({ trigger: useClientTrigger(channel), state: useChannel(channel) }),
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => expect(result.current.state.status).toBe('subscribed'))
    expect(result.current.trigger('client-typing', { text: 'hi' })).toBe('sent')
    await vi.waitFor(() => expect(received).toEqual([{ text: 'hi' }]))
  })

  it('is stable across renders and queues events sent before the subscription succeeded', async () => {
    const kit = live.kit(alice)
    const channel = unique('presence-queue-')
    const bobChannel = await subscribed(live.client(bob), channel)
    const received: unknown[] = []
    bobChannel.bind('client-hello', (data: unknown, metadata: unknown) => received.push([data, metadata]))
    const { result, rerender } = renderHook(() => useClientTrigger(channel), { wrapper: live.wrapper(kit) })
    const first = result.current
    rerender()
    expect(result.current).toBe(first)
    expect(result.current('client-hello', { n: 1 })).toBe('queued')
    await vi.waitFor(() => expect(received).toEqual([[{ n: 1 }, { user_id: 'alice' }]]))
  })

  it('rejects invalid events with the core error and puts nothing on the wire', async () => {
    const kit = live.kit(alice)
    const channel = unique('private-strict-')
    const clientEvents = live.frames((f) => sent(channel)(f) && !f.event.startsWith('pusher:'))
    const { result } = renderHook(
      () => ({ trigger: useClientTrigger(channel), state: useChannel(channel) }),
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => expect(result.current.state.status).toBe('subscribed'))
    const { trigger } = result.current

    const badName = caught(() => trigger('typing' as `client-${string}`, {}))
    expect(badName).toBeInstanceOf(ChannelKitError)
    expect(isChannelKitError(badName, 'invalid_event_name')).toBe(true)
    expect(
      isChannelKitError(
        caught(() => trigger('client-big', 'x'.repeat(11_000))),
        'payload_too_large',
      ),
    ).toBe(true)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(
      isChannelKitError(
        caught(() => trigger('client-cycle', cyclic)),
        'payload_not_serializable',
      ),
    ).toBe(true)

    // A public channel does not take client events at all.
    const publicChannel = unique('public-')
    const { result: publicTrigger } = renderHook(() => useClientTrigger(publicChannel), {
      wrapper: live.wrapper(kit),
    })
    expect(
      isChannelKitError(
        caught(() => publicTrigger.current('client-x', {})),
        'client_event_not_allowed',
      ),
    ).toBe(true)

    // A valid event afterwards goes out alone: nothing invalid reached the server.
    trigger('client-ok', {})
    await vi.waitFor(() => expect(clientEvents.map((f) => f.event)).toEqual(['client-ok']))
  })

  it('a null channel throws a clear error when called', () => {
    const kit = live.kit(alice)
    const { result } = renderHook(() => useClientTrigger(null), { wrapper: live.wrapper(kit) })
    const error = caught(() => result.current('client-x', {}))
    expect(isChannelKitError(error, 'no_client')).toBe(true)
    expect((error as Error).message).toMatch(
      /useClientTrigger\(\): cannot send "client-x": the channel name is null/,
    )
  })
})
