import { startServer } from '@channelkit/server'
import Pusher, { type PresenceChannel } from 'pusher-js'
import { describe, expect, it } from 'vitest'
import { FixtureError } from '../FixtureError'
import type { KitOptions } from '../fixture'
import { channelOf, sent, subscribeFrames } from '../frames'
import { liveServer } from '../liveServer'
import { subscribed } from '../subscribed'
import { unique } from '../unique'
import { bob, carol } from '../users'

// This package does not depend on core: its kits here are plain pusher-js clients.
const createKit = ({ key, ...options }: KitOptions) => {
  const client = new Pusher(key, options)
  return { client, destroy: () => client.disconnect() }
}

describe('liveServer()', () => {
  const live = liveServer({ createKit })
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
    const mine = live.kit().client.subscribe(channel)
    await subscribed(mine)
    await subscribed(live.client(bob).subscribe(channel))
    await expect.poll(() => Object.keys((mine as PresenceChannel).members.members)).toEqual(['alice', 'bob'])
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
    live.kit(bob, {}, other)
    live.client(carol)
    live.kit()
    await expect.poll(() => live.server.connectionCount()).toBe(2)
    await expect.poll(() => other.connectionCount()).toBe(1)
    await live.cleanup()
    await expect.poll(() => live.server.connectionCount()).toBe(0)
  })
})

describe('fixture without createKit', () => {
  const live = liveServer()
  it('kit() says what it needs', () => {
    expect(() => live.kit()).toThrow('pass `createKit` (createChannelKit) to make kits')
  })
})
