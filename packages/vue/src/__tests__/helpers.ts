import type { ChannelKit, ChannelKitOptions } from '@channelkit/core'
import { type DevUser, type LocalServer, startServer } from '@channelkit/server'
import { kitFixture } from '@channelkit/test-scenarios'
import { sent } from '@channelkit/test-utils'
import { cleanup, render } from '@testing-library/vue'
import type { Component } from 'vue'
import { ChannelKitPlugin } from '..'

export { alice, bob, carol, subscribed } from '@channelkit/test-utils'

// Tests here start their own servers; one fixture serves every file (modules are shared: isolate: false).
const live = kitFixture(undefined, { unmount: cleanup })

/** Unmounts, then runs every registered cleanup (test/setup.ts calls it after each test). */
export const runCleanups = (): Promise<void> => live.cleanup()

/** Runs after the current test, in reverse order of registration. */
export const afterTest = (fn: () => unknown): void => live.defer(fn)

/** A local server, closed after the test. */
export async function server(port = 0): Promise<LocalServer> {
  const started = await startServer({ port })
  afterTest(() => started.close())
  return started
}

/** A kit on the local server (as alice unless told otherwise), destroyed after the test. */
export const kit = (s: LocalServer, user?: DevUser, options?: Partial<ChannelKitOptions>): ChannelKit =>
  live.kit(user, options, s)

/** Renders `component` in an app with the plugin (and `kit`); unmounted after the test. */
export const renderWithKit = (component: Component, k: ChannelKit, props?: Record<string, unknown>) =>
  render(component, { props, global: { plugins: [[ChannelKitPlugin, { kit: k }]] } })

/** Another user: a plain pusher-js client, disconnected after the test. */
export const otherClient = (s: LocalServer, user: DevUser) => live.client(user, s)

/** Frames the server receives from now on, filtered: e.g. every `pusher:subscribe` for a channel. */
export const framesIn = (s: LocalServer, event: string, channel?: string) =>
  live.frames(sent(channel, event), s)
