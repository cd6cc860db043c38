import { type ChannelKit, type ChannelKitOptions, ChannelKitPlugin, createChannelKit } from '@channelkit/vue'
import type { App } from 'vue'
import { TestingError } from './TestingError'
import { own, type TestServer, type TestUser } from './testServer'

/** Who the kit signs in as, and ChannelKit options of the test's own (e.g. `releaseDelay`, `onError`). */
export interface TestKitOptions {
  /** Default: the server's `user` (`testUser`); `null`: nobody. */
  user?: TestUser | null
  kitOptions?: Partial<ChannelKitOptions>
}

/** A Vue plugin that installs `ChannelKitPlugin` with `kit`, connected to the test server. */
export interface TestPlugin {
  install(app: App): void
  readonly kit: ChannelKit
}

function checked(server: TestServer | undefined, helper: string): TestServer {
  if (server && typeof server.kitOptions === 'function') return server
  throw new TestingError(
    'invalid_argument',
    `${helper} needs the test server: pass the one from setupTestServer() or createTestServer().`,
  )
}

/** A ChannelKit connected to the test server as `user`, destroyed at `server.reset()`. */
export function createTestKit(server: TestServer, { user, kitOptions }: TestKitOptions = {}): ChannelKit {
  const kit = createChannelKit({ ...checked(server, 'createTestKit()').kitOptions(user), ...kitOptions })
  own(server, {
    close: () => kit.destroy(),
    socketId: () => {
      const { state, socketId } = kit.connection.getSnapshot()
      return state === 'connected' ? socketId : undefined
    },
  })
  return kit
}

/**
 * The `global.plugins` entry for `@testing-library/vue`'s `render` and `@vue/test-utils`' `mount` (as
 * TanStack Query's docs do it): `ChannelKitPlugin` with a kit connected to the test server as `user`.
 * At `server.reset()` the apps it was installed in unmount (if the test did not), then the kit is destroyed.
 */
export function createPlugin(server: TestServer, options: TestKitOptions = {}): TestPlugin {
  const kit = createTestKit(checked(server, 'createPlugin()'), options)
  const mounted = new Set<App>()
  server.defer(() => {
    for (const app of [...mounted]) app.unmount()
  })
  return {
    kit,
    install(app) {
      app.use(ChannelKitPlugin, { kit })
      // Known through mount and unmount themselves: Vue 3.3 has no app.onUnmount.
      const { mount, unmount } = app
      app.mount = (...args: Parameters<App['mount']>) => {
        mounted.add(app)
        return mount(...args)
      }
      // Whichever comes second of reset() and the test's own cleanup (Testing Library's, VTU's
      // enableAutoUnmount) finds the app unmounted: Vue would warn about unmounting it again.
      app.unmount = () => {
        if (mounted.delete(app)) unmount()
      }
    },
  }
}
