// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react'
import { expect, it } from 'vitest'
import { createTestServer } from '..'
import { render } from '../react'
import { Room } from './fixtures/RoomReact'

/** Sockets, servers and timers this process holds (Node's own count, not a mock). */
const held = () => {
  const counts = { TCPSocketWrap: 0, TCPServerWrap: 0, Timeout: 0 }
  for (const resource of process.getActiveResourcesInfo()) {
    if (resource in counts) counts[resource as keyof typeof counts] += 1
  }
  return counts
}

/**
 * Waits until `held()` equals `expected`, checking between turns of the event loop (setImmediate):
 * vi.waitFor would hold timers of its own while it checks.
 */
async function settlesTo(expected: ReturnType<typeof held>, ms = 3000) {
  const deadline = Date.now() + ms
  while (JSON.stringify(held()) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setImmediate(resolve))
  }
  expect(held()).toEqual(expected)
}

it('leaves no socket and no timer once stopped (jsdom)', async () => {
  const before = held()
  const server = createTestServer()
  await server.start()
  render(<Room channel="presence-lifecycle" />, { server })
  const other = server.client({ id: 'ada', info: { name: 'Ada' } })
  other.subscribe('presence-lifecycle')
  await server.subscribed('presence-lifecycle', { count: 2 })
  server.join('presence-lifecycle', { id: 'grace', info: { name: 'Grace' } })
  server.typing('presence-lifecycle', 'grace')
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Grace is typing'))
  // A wait nobody awaits any more must not keep its timer.
  void server.waitForFrame({ event: 'never' }, { timeout: 60_000 })
  const during = held()
  expect(during.TCPSocketWrap).toBeGreaterThan(before.TCPSocketWrap)
  expect(during.TCPServerWrap).toBeGreaterThan(before.TCPServerWrap)

  await server.stop()
  expect(document.body.textContent).toBe('')
  await settlesTo(before)
})
