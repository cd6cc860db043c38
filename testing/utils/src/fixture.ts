import type { DevUser, Frame, LocalServer } from '@channelkit/server'
import Pusher from 'pusher-js'
import { expect } from 'vitest'
import { FixtureError } from './FixtureError'
import type { SeenFrame } from './frames'
import { alice } from './users'

/** What `kit()` passes to `createKit`: the server's client options, as a browser app would give them. */
export type KitOptions = ReturnType<LocalServer['wsOptions']> & {
  key: string
  server: false
  releaseDelay: number
}

/** Makes a kit (core's `createChannelKit`, passed in: this package does not depend on core). */
export type CreateKit<K, O> = (options: KitOptions & O) => K

export interface FixtureOptions<K = never, O = object> {
  /** How `kit()` makes kits; without it `kit()` throws. */
  createKit?: CreateKit<K, O>
  /** Who `kit()` and `client()` sign in as when given no user; `null`: nobody. Default: alice. */
  user?: DevUser | null
  /**
   * The framework's own cleanup (Testing Library's `cleanup`, an app's unmount): it runs first, so
   * components let go of their channels before the kits under them are destroyed.
   */
  unmount?: () => unknown
}

/**
 * Kits, plain pusher-js clients and frame recorders against a local server (`on`, default: the
 * fixture's own), each undone by `cleanup()`.
 */
export interface Fixture<K = never, O = object> {
  /** A kit as a browser app makes it (`server: false`, `releaseDelay: 50`), connected as `user`. */
  kit(user?: DevUser | null, options?: Partial<O>, on?: LocalServer): K
  /** Another user's plain pusher-js client. */
  client(user?: DevUser | null, on?: LocalServer): Pusher
  /** Frames the server sees from now on that `match`, in order. */
  frames(match: (frame: Frame) => boolean, on?: LocalServer): SeenFrame[]
  /** Resolves once the server has a subscriber on `channel`. */
  occupied(channel: string, on?: LocalServer): Promise<void>
  /** Runs `fn` at cleanup, after `unmount`, in reverse order of registration. */
  defer(fn: () => unknown): void
  /** `unmount`, then every deferred function, awaited one after the other; throws what any threw. */
  cleanup(): Promise<void>
}

const noServer = (): LocalServer => {
  throw new FixtureError('This fixture has no server of its own: pass one as the last argument (`on`).')
}

/** A fixture with no test hooks: call `cleanup()` after each test yourself. */
export function fixture<K extends { destroy(): void } = never, O = object>(
  server: () => LocalServer = noServer,
  options: FixtureOptions<K, O> = {},
): Fixture<K, O> {
  const { user: defaultUser = alice, unmount, createKit } = options
  const deferred: (() => unknown)[] = []
  const wsOptions = (on: LocalServer, user: DevUser | null) => on.wsOptions(user ? { user } : {})

  return {
    kit(user = defaultUser, kitOptions = {}, on = server()) {
      if (!createKit) throw new FixtureError('fixture(): pass `createKit` (createChannelKit) to make kits.')
      const kit = createKit({
        key: on.app.key,
        ...wsOptions(on, user),
        server: false,
        releaseDelay: 50,
        ...kitOptions,
      } as KitOptions & O)
      deferred.push(() => kit.destroy())
      return kit
    },
    client(user = defaultUser, on = server()) {
      const client = new Pusher(on.app.key, wsOptions(on, user))
      deferred.push(() => client.disconnect())
      return client
    },
    frames(match, on = server()) {
      const seen: SeenFrame[] = []
      deferred.push(on.onFrame((frame) => match(frame) && seen.push({ ...frame, at: performance.now() })))
      return seen
    },
    async occupied(channel, on = server()) {
      await expect
        .poll(() => on.channels().has(channel), {
          timeout: 5000,
          interval: 10,
          message: `no client subscribed to ${channel} within 5 s`,
        })
        .toBe(true)
    },
    defer(fn) {
      deferred.push(fn)
    },
    async cleanup() {
      const failures: unknown[] = []
      // One failing step must not leave the others' sockets open: the process would not exit.
      for (const fn of [unmount ?? (() => {}), ...deferred.splice(0).reverse()]) {
        try {
          await fn()
        } catch (error) {
          failures.push(error)
        }
      }
      if (failures.length === 1) throw failures[0]
      if (failures.length > 1) throw new AggregateError(failures, `${failures.length} cleanups failed`)
    },
  }
}
