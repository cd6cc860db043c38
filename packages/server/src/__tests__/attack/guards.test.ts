import { afterEach, describe, expect, test, vi } from 'vitest'
import { connectedRaw, raw, server } from '../helpers'

// Switches that make one server function throw, to prove the last-resort guards catch what no test found.
const broken = vi.hoisted(() => ({ subscribe: false, closeReason: false }))

vi.mock('../../subscribe', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../subscribe')>()
  return {
    ...actual,
    handleSubscribe: (...args: Parameters<typeof actual.handleSubscribe>) => {
      if (broken.subscribe) throw new Error('injected subscribe bug')
      return actual.handleSubscribe(...args)
    },
  }
})

vi.mock('../../connection', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../connection')>()
  return {
    ...actual,
    closeReason: (reason: string) => {
      if (broken.closeReason) throw new Error('injected close bug')
      return actual.closeReason(reason)
    },
  }
})

afterEach(() => {
  broken.subscribe = false
  broken.closeReason = false
})

describe('last-resort guards: a server bug costs one message or one handshake, never the process', () => {
  test('a handler that throws: pusher:error for that message, logged, the connection stays usable', async () => {
    const errors: string[] = []
    const s = await server({ logger: { info() {}, warn() {}, error: (m) => errors.push(m) } })
    const c = await connectedRaw(s)
    broken.subscribe = true
    const answer = await c.request({ event: 'pusher:subscribe', data: { channel: 'x' } }, (m) =>
      m.event.startsWith('pusher:error'),
    )
    expect(answer.data).toEqual({ code: null, message: 'Internal server error while handling this message' })
    expect(errors).toEqual([expect.stringContaining('injected subscribe bug')])
    broken.subscribe = false
    await c.request({ event: 'pusher:subscribe', data: { channel: 'x' } }, (m) =>
      m.event.endsWith('subscription_succeeded'),
    )
  })

  test('a handshake that throws: the socket is dropped, logged, and the server keeps accepting', async () => {
    const errors: string[] = []
    const s = await server({ logger: { info() {}, warn() {}, error: (m) => errors.push(m) } })
    broken.closeReason = true
    const refused = await raw(s, '/app/unknown-key?protocol=7')
    expect(await refused.closed).toBe(1006)
    expect(errors).toEqual([expect.stringContaining('injected close bug')])
    broken.closeReason = false
    await connectedRaw(s)
  })
})
