import { type ChannelKit, createChannelKit } from '@channelkit/core'
import { act, screen } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, type MockInstance, vi } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { AllHooks } from './AllHooks'
import { alice, liveServer, unique } from './helpers'

const live = liveServer()

const tree = (kit: ChannelKit, room: string) => (
  <ChannelKitProvider kit={kit}>
    <AllHooks room={room} />
  </ChannelKitProvider>
)

/** The HTML a server kit renders: initial snapshots. */
function serverHtml(room: string) {
  const serverKit = createChannelKit({ key: live.server.app.key, ...live.server.wsOptions(), server: true })
  const html = renderToString(tree(serverKit, room))
  expect(html).toContain('initialized')
  return html
}

/** Hydrates `html` with `kit`, runs `check`, then unmounts; `errors` spies on console.error. */
async function hydrate(
  html: string,
  kit: ChannelKit,
  room: string,
  check: (seen: { errors: MockInstance; recoverable: unknown[] }) => Promise<void>,
) {
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const errors = vi.spyOn(console, 'error')
  const recoverable: unknown[] = []
  let root: Root | undefined
  try {
    await act(async () => {
      root = hydrateRoot(container, tree(kit, room), {
        onRecoverableError: (error) => recoverable.push(error),
      })
    })
    await check({ errors, recoverable })
  } finally {
    errors.mockRestore()
    act(() => root?.unmount())
    container.remove()
  }
}

describe('hydration', () => {
  it('hydrates server HTML without a mismatch, then goes live', async () => {
    const room = unique('hydrate-')
    const html = serverHtml(room)
    expect(live.server.connectionCount()).toBe(0)
    await hydrate(html, live.kit(alice), room, async ({ errors, recoverable }) => {
      await vi.waitFor(() => expect(screen.getByText('subscribed 1')).toBeDefined())
      expect(screen.getByText('connected')).toBeDefined()
      expect(recoverable).toEqual([])
      expect(errors).not.toHaveBeenCalled()
    })
  })

  it('a kit already connected in the browser still hydrates from the initial snapshots', async () => {
    const room = unique('hydrate-live-')
    const html = serverHtml(room)
    const kit = live.kit(alice)
    kit.connect()
    await vi.waitFor(() => expect(kit.connection.getSnapshot().state).toBe('connected'))
    await hydrate(html, kit, room, async ({ errors, recoverable }) => {
      expect(recoverable).toEqual([])
      expect(errors).not.toHaveBeenCalled()
      await vi.waitFor(() => expect(screen.getByText('connected')).toBeDefined())
    })
  })
})
