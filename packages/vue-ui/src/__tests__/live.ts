import { type ChannelKit, type ChannelKitOptions, createChannelKit } from '@channelkit/core'
import { type DevUser, type LocalServer, startServer } from '@channelkit/server'
import { ChannelKitPlugin } from '@channelkit/vue'
import { cleanup, render } from '@testing-library/vue'
import Pusher, { type Channel } from 'pusher-js'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import type { Component } from 'vue'

export const alice: DevUser = { id: 'alice', info: { name: 'Alice' } }
export const bob: DevUser = { id: 'bob', info: { name: 'Bob' } }

let next = 0
/** A channel name no other test uses. */
export const unique = (prefix: string) => `${prefix}${++next}-${Math.random().toString(36).slice(2, 8)}`

/**
 * One real local server per test file. Kits and pusher-js clients made here are destroyed after each
 * test, once Vue has unmounted.
 */
export interface Live {
  readonly server: LocalServer
  kit(user?: DevUser, options?: Partial<ChannelKitOptions>, on?: LocalServer): ChannelKit
  client(user: DevUser): Pusher
  defer(fn: () => unknown): void
  render(component: Component, kit: ChannelKit, options?: RenderOptions): ReturnType<typeof render>
  occupied(channel: string): Promise<void>
}

type RenderOptions = { props?: Record<string, unknown>; slots?: Record<string, unknown> }

export function liveServer(): Live {
  let server: LocalServer | undefined
  const cleanups: (() => unknown)[] = []
  beforeAll(async () => {
    server = await startServer({ port: 0 })
  })
  afterEach(async () => {
    cleanup()
    for (const fn of cleanups.splice(0).reverse()) await fn()
  })
  afterAll(async () => {
    await server?.close()
  })

  const live: Live = {
    get server(): LocalServer {
      if (!server) throw new Error('liveServer(): the server starts in beforeAll')
      return server
    },
    /** A kit as a browser app makes it, connected to `on` (default: the file's server) as `user`. */
    kit(
      user: DevUser = alice,
      options: Partial<ChannelKitOptions> = {},
      on: LocalServer = live.server,
    ): ChannelKit {
      const kit = createChannelKit({
        key: on.app.key,
        ...on.wsOptions({ user }),
        server: false,
        releaseDelay: 50,
        ...options,
      })
      cleanups.push(() => kit.destroy())
      return kit
    },
    /** Another user's plain pusher-js client. */
    client(user) {
      const client = new Pusher(live.server.app.key, live.server.wsOptions({ user }))
      cleanups.push(() => client.disconnect())
      return client
    },
    /** Runs after the test (after unmount), in reverse order. */
    defer(fn) {
      cleanups.push(fn)
    },
    render(
      component: Component,
      kit: ChannelKit,
      options: { props?: Record<string, unknown>; slots?: Record<string, unknown> } = {},
    ) {
      return render(component, { ...options, global: { plugins: [[ChannelKitPlugin, { kit }]] } })
    },
    /** Resolves once the server has a subscriber on `channel`. */
    async occupied(channel) {
      await expect.poll(() => live.server.channels().has(channel), { timeout: 5000, interval: 10 }).toBe(true)
    },
  }
  return live
}

/** Resolves when a pusher-js channel subscription succeeded. */
export function subscribed(channel: Channel): Promise<Channel> {
  return new Promise((resolve, reject) => {
    if (channel.subscribed) return resolve(channel)
    channel.bind('pusher:subscription_succeeded', () => resolve(channel))
    channel.bind('pusher:subscription_error', (error: unknown) => reject(error))
  })
}
