import { type ChannelKit, type ChannelKitOptions, createChannelKit } from '@channelkit/core'
import { type DevUser, type Frame, type LocalServer, startServer } from '@channelkit/server'
import { render } from '@testing-library/vue'
import Pusher, { type Channel } from 'pusher-js'
import type { Component } from 'vue'
import { ChannelKitPlugin } from '../src'

const cleanups: (() => unknown)[] = []

/** Runs every registered cleanup (test/setup.ts calls it after each test). */
export async function runCleanups(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
}

/** Runs after the current test, in reverse order of registration. */
export function afterTest(cleanup: () => unknown): void {
  cleanups.push(cleanup)
}

export async function server(port = 0): Promise<LocalServer> {
  const started = await startServer({ port })
  cleanups.push(() => started.close())
  return started
}

export const alice: DevUser = { id: 'alice', info: { name: 'Alice' } }
export const bob: DevUser = { id: 'bob', info: { name: 'Bob' } }
export const carol: DevUser = { id: 'carol', info: { name: 'Carol' } }

/** A kit on the local server, destroyed after the test. */
export function kit(s: LocalServer, user: DevUser = alice, options?: Partial<ChannelKitOptions>): ChannelKit {
  const created = createChannelKit({
    key: s.app.key,
    ...s.wsOptions({ user }),
    server: false,
    releaseDelay: 50,
    ...options,
  })
  cleanups.push(() => created.destroy())
  return created
}

/** Renders `component` in an app with the plugin (and `kit`); unmounted after the test. */
export function renderWithKit(component: Component, k: ChannelKit, props?: Record<string, unknown>) {
  const result = render(component, { props, global: { plugins: [[ChannelKitPlugin, { kit: k }]] } })
  cleanups.push(() => result.unmount())
  return result
}

/** Another user: a plain pusher-js client, disconnected after the test. */
export function otherClient(s: LocalServer, user: DevUser): Pusher {
  const pusher = new Pusher(s.app.key, s.wsOptions({ user }))
  cleanups.push(() => pusher.disconnect())
  return pusher
}

export function subscribed(channel: Channel): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.bind('pusher:subscription_succeeded', () => resolve())
    channel.bind('pusher:subscription_error', (error: unknown) =>
      reject(Object.assign(new Error('subscription_error'), { error })),
    )
  })
}

/** Frames the server receives from now on, filtered: e.g. every `pusher:subscribe` for a channel. */
export function framesIn(s: LocalServer, event: string, channel?: string): (Frame & { at: number })[] {
  const frames: (Frame & { at: number })[] = []
  const stop = s.onFrame((frame) => {
    if (frame.direction !== 'in' || frame.event !== event) return
    const name = frame.channel ?? (frame.data as { channel?: string } | undefined)?.channel
    if (channel === undefined || name === channel) frames.push({ ...frame, at: performance.now() })
  })
  cleanups.push(stop)
  return frames
}
