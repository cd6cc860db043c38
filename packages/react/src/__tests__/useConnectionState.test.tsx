import type { ConnectionState } from '@channelkit/core'
import { createChannelKit } from '@channelkit/core'
import { createFaultProxy, startServer } from '@channelkit/server'
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { useConnectionState } from '../useConnectionState'

afterEach(() => cleanup())

describe('useConnectionState', () => {
  it('follows a server stop and a restart on the same port', async () => {
    let server = await startServer({ port: 0 })
    const port = server.port
    // Between stop and restart new connections wait at the proxy instead of being refused (pusher-js
    // would then wait out 15 s); the server really stops and a new one starts on the same port.
    const proxy = await createFaultProxy({ target: { port } })
    const kit = createChannelKit({
      key: server.app.key,
      ...server.wsOptions(),
      wsPort: proxy.port,
      server: false,
    })
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

      proxy.hold()
      await server.close()
      await vi.waitFor(() => expect(result.current.state).not.toBe('connected'))
      expect(result.current.socketId).toBeUndefined()

      server = await startServer({ port })
      proxy.resume()
      await vi.waitFor(() => expect(result.current.state).toBe('connected'), { timeout: 5000 })
      expect(result.current.socketId).not.toBe(firstSocket)
      expect(server.connectionCount()).toBe(1) // the new server holds our connection
      expect(states[0]).toBe('initialized')
      expect(states).toContain('connecting')
      expect(states.slice(states.indexOf('connected') + 1)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(connecting|unavailable)$/), 'connected']),
      )
    } finally {
      kit.destroy()
      await proxy.close()
      await server.close()
    }
  })

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
