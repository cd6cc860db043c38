import type { ChannelStatus } from '@channelkit/core'
import { render, renderHook, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { useChannel } from '../useChannel'
import { alice, liveServer, sent, subscribeFrames, unique } from './helpers'

const live = liveServer()

/** Every status a hook rendered, without repeats. */
function statusesOf(statuses: ChannelStatus[]) {
  return statuses.filter((status, i) => status !== statuses[i - 1])
}

function Member({ channel }: { channel: string }) {
  const { status } = useChannel(channel)
  return <li>{status}</li>
}

describe('useChannel', () => {
  it('goes unsubscribed → subscribing → subscribed', async () => {
    const kit = live.kit()
    const channel = unique('public-')
    const statuses: ChannelStatus[] = []
    const { result } = renderHook(
      () => {
        const snapshot = useChannel(channel)
        statuses.push(snapshot.status)
        return snapshot
      },
      { wrapper: live.wrapper(kit) },
    )
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    expect(statusesOf(statuses)).toEqual(['unsubscribed', 'subscribing', 'subscribed'])
    expect(result.current).toMatchObject({ name: channel, kind: 'public', error: undefined })
  })

  it('shows a refused subscription as state: presence without a user → error', async () => {
    const kit = live.kit()
    const channel = unique('presence-nouser-')
    const { result } = renderHook(() => useChannel(channel), { wrapper: live.wrapper(kit) })
    await vi.waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.kind).toBe('presence')
    expect(result.current.error).toMatchObject({ type: 'AuthError' })
    expect(result.current.error?.status).toBeGreaterThanOrEqual(400)
  })

  it('shows an invalid name as state instead of throwing during render', async () => {
    const kit = live.kit()
    const { result } = renderHook(() => useChannel('no spaces allowed'), { wrapper: live.wrapper(kit) })
    expect(result.current.status).toBe('error')
    expect(result.current.error).toMatchObject({ type: 'ChannelKitError', code: 'invalid_channel_name' })
    expect(result.current.error?.error).toMatch(/only letters, digits/)
    expect(() => result.current.trigger('client-x', {})).toThrow(/Invalid channel name/)
  })

  it('null defers the subscription until a name arrives', async () => {
    const kit = live.kit(alice)
    const channel = unique('private-deferred-')
    const frames = live.frames(subscribeFrames(channel))
    const { result, rerender } = renderHook(({ name }: { name: string | null }) => useChannel(name), {
      wrapper: live.wrapper(kit),
      initialProps: { name: null as string | null },
    })
    expect(result.current.status).toBe('unsubscribed')
    expect(kit.getClient()?.channel(channel)).toBeUndefined()
    rerender({ name: channel })
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    expect(result.current.name).toBe(channel)
    expect(frames).toHaveLength(1)
  })

  it('enabled: false holds off like null', async () => {
    const kit = live.kit()
    const channel = unique('gated-')
    const { result, rerender } = renderHook(({ enabled }) => useChannel(channel, { enabled }), {
      wrapper: live.wrapper(kit),
      initialProps: { enabled: false },
    })
    expect(result.current).toMatchObject({ name: channel, status: 'unsubscribed' })
    rerender({ enabled: true })
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
  })

  it('a new name swaps the subscription: subscribe to the new one, unsubscribe from the old', async () => {
    const kit = live.kit()
    const [first, second] = [unique('room-a-'), unique('room-b-')]
    const firstFrames = live.frames(sent(first))
    const secondFrames = live.frames(sent(second))
    const { result, rerender } = renderHook(({ name }) => useChannel(name), {
      wrapper: live.wrapper(kit),
      initialProps: { name: first },
    })
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    rerender({ name: second })
    expect(result.current.name).toBe(second)
    await vi.waitFor(() => expect(result.current.status).toBe('subscribed'))
    await vi.waitFor(() =>
      expect(firstFrames.map((f) => f.event)).toEqual(['pusher:subscribe', 'pusher:unsubscribe']),
    )
    expect(secondFrames.map((f) => f.event)).toEqual(['pusher:subscribe'])
    expect(kit.getClient()?.channel(first)).toBeUndefined()
  })

  it('StrictMode: 100 components on one channel put exactly one pusher:subscribe on the wire', async () => {
    const kit = live.kit()
    const channel = unique('crowd-')
    const frames = live.frames(sent(channel))
    const { unmount } = render(
      <StrictMode>
        <ChannelKitProvider kit={kit}>
          <ul>
            {Array.from({ length: 100 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
              <Member key={i} channel={channel} />
            ))}
          </ul>
        </ChannelKitProvider>
      </StrictMode>,
    )
    await vi.waitFor(() => expect(screen.getAllByText('subscribed')).toHaveLength(100))
    expect(frames.map((f) => f.event)).toEqual(['pusher:subscribe'])
    unmount()
    await vi.waitFor(() =>
      expect(frames.map((f) => f.event)).toEqual(['pusher:subscribe', 'pusher:unsubscribe']),
    )
  })
})
