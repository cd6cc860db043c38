import type { LocalServer } from '@channelkit/server'
import { alice, bob, carol, fixture } from '@channelkit/test-utils'
import { act } from '@testing-library/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { type CycleFigures, runCycles } from '../../../../soak/cycles'
import { ChannelKitProvider } from '../ChannelKitProvider'
import { AllHooks } from './AllHooks'

const dave = { id: 'dave', info: { name: 'Dave' } }

/**
 * `runCycles` on `<AllHooks>` in StrictMode against `server`: a new root per cycle, in one reused
 * container (a container per mount would grow the DOM and blur the heap figure). Used by
 * cycles.test.tsx (short) and `pnpm soak` (soak/cycles.react.soak.ts).
 */
export async function strictModeCycles(
  server: LocalServer,
  counts: { cycles: number; warmup: number },
): Promise<CycleFigures> {
  const live = fixture(() => server)
  const container = document.body.appendChild(document.createElement('div'))
  live.defer(() => container.remove())
  try {
    const kit = live.kit(alice)
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
