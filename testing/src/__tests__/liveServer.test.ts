import { startServer } from '@channelkit/server'
import { describe, expect, it } from 'vitest'
import { FixtureError } from '../FixtureError'
import { channelOf, sent, subscribeFrames } from '../frames'
import { liveServer } from '../liveServer'
import { subscribed } from '../subscribed'
import { unique } from '../unique'
import { bob, carol } from '../users'

describe('liveServer()', () => {
  const live = liveServer()
  const early = (() => {
    try {
      return live.server
    } catch (error) {
      return error
    }
  })()

  it('says when the server is read before beforeAll started it', () => {
    expect(early).toBeInstanceOf(FixtureError)
    expect((early as Error).message).toMatch(/starts in beforeAll/)
  })

  it('kits sign in as alice unless told otherwise, clients as the user named', async () => {
    const channel = unique('presence-room-')
    const lease = live.kit().presence(channel)
    await subscribed(live.client(bob).subscribe(channel))
    await expect
      .poll(() => lease.presence.getSnapshot().members.map((member) => member.id))
      .toEqual(['alice', 'bob'])
    expect(live.server.channels().get(channel)?.userCount).toBe(2)
  })

  it('a client of nobody (null) is refused a presence channel, and subscribed() says which', async () => {
    const channel = unique('presence-room-')
    await expect(subscribed(live.client(null).subscribe(channel))).rejects.toThrow(
      new RegExp(`refused the subscription to ${channel}`),
    )
  })

  it('frames() records what clients send, with when; occupied() waits for the subscriber', async () => {
    const channel = unique('chat-')
    const subscribes = live.frames(subscribeFrames(channel))
    const events = live.frames(sent(channel, 'client-note'))
    const before = performance.now()
    live.client(carol).subscribe(channel)
    await live.occupied(channel)
    expect(subscribes.map(channelOf)).toEqual([channel])
    expect(subscribes[0]?.at).toBeGreaterThanOrEqual(before)
    expect(events).toEqual([])
  })

  it('cleanup() closes every kit and client the test made, on any server', async () => {
    const other = await startServer({ port: 0 })
    live.defer(() => other.close())
    live.kit(bob, {}, other).getClient()
    live.client(carol)
    live.kit().getClient()
    await expect.poll(() => live.server.connectionCount()).toBe(2)
    await expect.poll(() => other.connectionCount()).toBe(1)
    await live.cleanup()
    await expect.poll(() => live.server.connectionCount()).toBe(0)
  })
})
