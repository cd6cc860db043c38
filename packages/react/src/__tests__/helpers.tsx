import { type ChannelKit, type ChannelKitOptions, createChannelKit } from '@channelkit/core'
import { type DevUser, type Frame, type LocalServer, startServer } from '@channelkit/server'
import { cleanup } from '@testing-library/react'
import Pusher from 'pusher-js'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { ChannelKitProvider } from '../ChannelKitProvider'

export const alice: DevUser = { id: 'alice', info: { name: 'Alice' } }
export const bob: DevUser = { id: 'bob', info: { name: 'Bob' } }
export const carol: DevUser = { id: 'carol', info: { name: 'Carol' } }

let nextChannel = 0
/** A channel name no other test of the file uses. */
export const unique = (prefix: string) =>
  `${prefix}${++nextChannel}-${Math.random().toString(36).slice(2, 8)}`

/**
 * One real local server per test file; kits, pusher-js clients and listeners made through it are
 * cleaned up after each test (after React unmounted).
 */
export function liveServer() {
  let server: LocalServer | undefined
  const cleanups: (() => void)[] = []
  beforeAll(async () => {
    server = await startServer({ port: 0 })
  })
  afterEach(() => {
    cleanup()
    for (const fn of cleanups.splice(0).reverse()) fn()
  })
  afterAll(async () => {
    await server?.close()
  })

  const live = {
    get server(): LocalServer {
      if (!server) throw new Error('liveServer(): the server starts in beforeAll')
      return server
    },
    /** A kit as a browser app would make it, connecting to the local server as `user`. */
    kit(user?: DevUser, options?: Partial<ChannelKitOptions>): ChannelKit {
      const kit = createChannelKit({
        key: live.server.app.key,
        ...live.server.wsOptions({ user }),
        server: false,
        releaseDelay: 50,
        ...options,
      })
      cleanups.push(() => kit.destroy())
      return kit
    },
    /** Another user's plain pusher-js client. */
    client(user?: DevUser): Pusher {
      const client = new Pusher(live.server.app.key, live.server.wsOptions({ user }))
      cleanups.push(() => client.disconnect())
      return client
    },
    /** Frames seen by the server from now on that match. */
    frames(match: (frame: Frame) => boolean): Frame[] {
      const seen: Frame[] = []
      cleanups.push(live.server.onFrame((frame) => match(frame) && seen.push(frame)))
      return seen
    },
    wrapper(kit: ChannelKit) {
      return ({ children }: { children: ReactNode }) => (
        <ChannelKitProvider kit={kit}>{children}</ChannelKitProvider>
      )
    },
  }
  return live
}

/** The channel a frame is about: protocol frames carry it in `data` (pusher:subscribe), events at the top. */
export const channelOf = (frame: Frame) =>
  frame.channel ?? (frame.data as { channel?: string } | undefined)?.channel

/** Frames a client sent about `channel` (optionally only `event`). */
export const sent = (channel: string, event?: string) => (frame: Frame) =>
  frame.direction === 'in' && channelOf(frame) === channel && (event === undefined || frame.event === event)

export const subscribeFrames = (channel: string) => sent(channel, 'pusher:subscribe')

/** Resolves when `client` is subscribed to `channel`. */
export function subscribed(client: Pusher, channel: string) {
  const subscription = client.subscribe(channel)
  return new Promise<typeof subscription>((resolve, reject) => {
    if (subscription.subscribed) return resolve(subscription)
    subscription.bind('pusher:subscription_succeeded', () => resolve(subscription))
    subscription.bind('pusher:subscription_error', (error: unknown) => reject(error))
  })
}
