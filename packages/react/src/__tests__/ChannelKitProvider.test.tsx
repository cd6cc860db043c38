import { type ChannelKit, isChannelKitError } from '@channelkit/core'
import { render, renderHook, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { useChannel } from '../useChannel'
import { useConnectionState } from '../useConnectionState'
import { usePresence } from '../usePresence'
import { usePusher } from '../usePusher'
import { liveServer, unique } from './helpers'

const live = liveServer()

function Status() {
  const { state } = useConnectionState()
  return <p>{state}</p>
}

function Probe({ channel, onKit }: { channel: string; onKit(kit: ChannelKit): void }) {
  onKit(usePusher())
  const { status } = useChannel(channel)
  return <p>{status}</p>
}

describe('ChannelKitProvider', () => {
  it('hooks outside the provider throw core’s missing-provider error, naming the hook', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const hooks: [string, () => unknown][] = [
      ['usePusher', () => usePusher()],
      ['useChannel', () => useChannel('x')],
      ['usePresence', () => usePresence('presence-x')],
    ]
    for (const [name, hook] of hooks) {
      let error: unknown
      try {
        renderHook(hook)
      } catch (thrown) {
        error = thrown
      }
      expect(isChannelKitError(error, 'missing_provider')).toBe(true)
      expect((error as Error).message).toContain(`${name}() must be used inside <ChannelKitProvider>`)
    }
    vi.mocked(console.error).mockRestore()
  })

  it('passes the kit it is given to usePusher', () => {
    const kit = live.kit()
    const { result } = renderHook(() => usePusher(), { wrapper: live.wrapper(kit) })
    expect(result.current).toBe(kit)
  })

  it('with appKey + options it owns its kit: one connection under StrictMode, closed on unmount', async () => {
    const { server } = live
    const channel = unique('owned-')
    let kit: ChannelKit | undefined
    // Kits of earlier tests were destroyed; let the server see their sockets close.
    await vi.waitFor(() => expect(server.connectionCount()).toBe(0))
    const { unmount } = render(
      <StrictMode>
        <ChannelKitProvider appKey={server.app.key} options={{ ...server.wsOptions(), server: false }}>
          <Status />
          <Probe channel={channel} onKit={(k) => (kit = k)} />
        </ChannelKitProvider>
      </StrictMode>,
    )
    await screen.findByText('connected')
    await screen.findByText('subscribed')
    expect(server.connectionCount()).toBe(1)
    const client = kit?.getClient()
    unmount()
    await vi.waitFor(() => expect(server.connectionCount()).toBe(0))
    expect(client?.connection.state).toBe('disconnected')
    expect(kit?.getClient()).toBeUndefined()
  })

  it('does not destroy a kit it was given', async () => {
    const kit = live.kit()
    const { unmount } = render(
      <ChannelKitProvider kit={kit}>
        <Status />
      </ChannelKitProvider>,
    )
    await screen.findByText('connected')
    unmount()
    expect(kit.getClient()?.connection.state).toBe('connected')
  })
})
