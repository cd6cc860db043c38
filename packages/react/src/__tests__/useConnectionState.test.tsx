import type { ConnectionState } from '@channelkit/core'
import { createChannelKit } from '@channelkit/core'
import { startServer } from '@channelkit/server'
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { useConnectionState } from '../useConnectionState'

afterEach(() => cleanup())

describe('useConnectionState', () => {
  it('follows a server stop and a restart on the same port', async () => {
    let server = await startServer({ port: 0 })
    const port = server.port
    const kit = createChannelKit({ key: server.app.key, ...server.wsOptions(), server: false })
    try {
      const states: ConnectionState[] = []
      const { result } = renderHook(
        () => {
          const snapshot = useConnectionState()
          if (states.at(-1) !== snapshot.state) states.push(snapshot.state)
          return snapshot
        },
        { wrapper: ({ children }) => <ChannelKitProvider kit={kit}>{children}</ChannelKitProvider> },
      )
      await vi.waitFor(() => expect(result.current.state).toBe('connected'))
      const firstSocket = result.current.socketId
      expect(firstSocket).toMatch(/^\d+\.\d+$/)

      await server.close()
      await vi.waitFor(() => expect(result.current.state).not.toBe('connected'))
      expect(result.current.socketId).toBeUndefined()

      server = await startServer({ port })
      // pusher-js retries at once on close 4200; that attempt finds the port closed, and its strategy
      // waits out a 15 s timeout before the next one.
      await vi.waitFor(() => expect(result.current.state).toBe('connected'), {
        timeout: 20_000,
        interval: 50,
      })
      expect(result.current.socketId).not.toBe(firstSocket)
      expect(states[0]).toBe('initialized')
      expect(states).toContain('connecting')
      expect(states.slice(states.indexOf('connected') + 1)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(connecting|unavailable)$/), 'connected']),
      )
    } finally {
      kit.destroy()
      await server.close()
    }
  }, 25_000)

  it('a selector picks a slice', async () => {
    const server = await startServer({ port: 0 })
    const kit = createChannelKit({ key: server.app.key, ...server.wsOptions(), server: false })
    try {
      const { result } = renderHook(() => useConnectionState((s) => s.state === 'connected'), {
        wrapper: ({ children }) => <ChannelKitProvider kit={kit}>{children}</ChannelKitProvider>,
      })
      expect(result.current).toBe(false)
      await vi.waitFor(() => expect(result.current).toBe(true))
    } finally {
      kit.destroy()
      await server.close()
    }
  })
})
