import { createChannelKit } from '@channelkit/core'
import { act, screen } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { AllHooks } from './AllHooks'
import { alice, liveServer, unique } from './helpers'

const live = liveServer()

describe('hydration', () => {
  it('hydrates server HTML without a mismatch, then goes live', async () => {
    const room = unique('hydrate-')
    const serverKit = createChannelKit({ key: live.server.app.key, ...live.server.wsOptions(), server: true })
    const html = renderToString(
      <ChannelKitProvider kit={serverKit}>
        <AllHooks room={room} />
      </ChannelKitProvider>,
    )
    expect(live.server.connectionCount()).toBe(0)

    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const errors = vi.spyOn(console, 'error')
    const recoverable: unknown[] = []
    const kit = live.kit(alice)
    let root: Root | undefined
    try {
      await act(async () => {
        root = hydrateRoot(
          container,
          <ChannelKitProvider kit={kit}>
            <AllHooks room={room} />
          </ChannelKitProvider>,
          { onRecoverableError: (error) => recoverable.push(error) },
        )
      })
      await vi.waitFor(() => expect(screen.getByText('subscribed 1')).toBeDefined())
      expect(screen.getByText('connected')).toBeDefined()
      expect(recoverable).toEqual([])
      expect(errors).not.toHaveBeenCalled()
    } finally {
      errors.mockRestore()
      act(() => root?.unmount())
      container.remove()
    }
  })
})
