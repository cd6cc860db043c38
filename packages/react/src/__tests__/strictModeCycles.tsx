import { userStore, watchlistStore } from '@channelkit/core'
import type { LocalServer } from '@channelkit/server'
import { kitFixture } from '@channelkit/test-scenarios'
import { alice, bob, carol } from '@channelkit/test-utils'
import { type CycleFigures, runCycles } from '@channelkit/test-utils/cycles'
import { act } from '@testing-library/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { AllHooks } from './AllHooks'

const dave = { id: 'dave', info: { name: 'Dave' } }

/**
 * `runCycles` on `<AllHooks>` in StrictMode against `server`: a new root per cycle, in one reused
 * container (a container per mount would grow the DOM and blur the heap figure). Used by
 * cycles.test.tsx (short) and `pnpm soak` (cycles.soak.ts).
 */
export async function strictModeCycles(
  server: LocalServer,
  counts: { cycles: number; warmup: number },
): Promise<CycleFigures> {
  const live = kitFixture(() => server)
  const container = document.body.appendChild(document.createElement('div'))
  live.defer(() => container.remove())
  try {
    const kit = live.kit(alice)
    // The user features attach once per kit, on first use: part of the baseline, as in an app that signs in.
    userStore(kit)
    watchlistStore(kit)
    kit.connect()
    const mount = (room: string) => {
      const root = createRoot(container)
      // Synchronous act, never awaited: an awaited act keeps React's act queue open while the next
      // WebSocket messages arrive, and React reports those updates as outside act.
      const render = (name: string) => {
        act(() =>
          root.render(
            <StrictMode>
              <ChannelKitProvider kit={kit}>
                <AllHooks room={name} />
              </ChannelKitProvider>
            </StrictMode>,
          ),
        )
      }
      render(room)
      return {
        container,
        rerender: render,
        unmount: () => {
          act(() => root.unmount())
        },
      }
    }
    const typists = [bob, carol, dave].map((user) => live.client(user))
    return await runCycles({ kit, server, typists, mount, ...counts })
  } finally {
    await live.cleanup()
  }
}
