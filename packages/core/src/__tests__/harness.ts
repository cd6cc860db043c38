import type { DevUser, Frame, LocalServer } from '@channelkit/server'
import { fixture, liveServer, sent } from '@channelkit/test-utils'
import { afterEach, beforeAll, expect } from 'vitest'
import { createChannelKit } from '../createChannelKit'
import type { ChannelKitError } from '../errors'
import type { ChannelKit, ChannelKitOptions, ReadableStore } from '../types'

export interface TestServer {
  readonly server: LocalServer
  /** Every frame the server saw since it started. */
  frames: Frame[]
  /** Frames the clients sent with this event (and channel, when given). */
  inbound(event: string, channel?: string): Frame[]
}

/** One local server per test file; frames recorded from the start. */
export function withServer(): TestServer {
  const live = liveServer()
  const frames: Frame[] = []
  beforeAll(() => {
    live.server.onFrame((frame) => {
      frames.push(frame)
    })
  })
  return {
    get server() {
      return live.server
    },
    frames,
    inbound: (event, channel) => frames.filter(sent(channel, event)),
  }
}

// Kits may live on any server (reconnect tests start their own), so they get a fixture of their own.
const kits = fixture(undefined, { createKit: createChannelKit })
afterEach(() => kits.cleanup())

/** A Node kit (server: false) against the local server, signed in as `user` if any; destroyed after the test. */
export function makeKit(
  server: LocalServer,
  { user, ...options }: Partial<ChannelKitOptions> & { user?: DevUser } = {},
): { kit: ChannelKit; errors: ChannelKitError[] } {
  const errors: ChannelKitError[] = []
  const kit = kits.kit(user ?? null, { onError: (error) => errors.push(error), ...options }, server)
  return { kit, errors }
}

/** Every snapshot a store goes through from now on (the current one first). */
export function record<T>(store: ReadableStore<T>): T[] {
  const seen = [store.getSnapshot()]
  store.subscribe(() => seen.push(store.getSnapshot()))
  return seen
}

export async function until<T>(
  store: ReadableStore<T>,
  predicate: (value: T) => boolean,
  timeout = 5000,
): Promise<T> {
  await expect.poll(() => predicate(store.getSnapshot()), { timeout, interval: 5 }).toBe(true)
  return store.getSnapshot()
}

export async function connected(kit: ChannelKit) {
  kit.getClient()
  await until(kit.connection, (s) => s.state === 'connected')
}

/** Statuses without consecutive repeats (other fields may change in between). */
export const statuses = (seen: { status: string }[]) =>
  seen.map((s) => s.status).filter((status, i, all) => i === 0 || all[i - 1] !== status)

/** pusher-js auth options whose dev endpoints answer 403 until `heal()`. */
export function denying(server: LocalServer, user?: DevUser) {
  const { channelAuthorization, userAuthentication } = server.wsOptions(user ? { user } : {})
  const params = [channelAuthorization, userAuthentication].map(
    (auth) => (auth as { params: Record<string, string> }).params,
  )
  for (const p of params) p.deny = '1'
  return {
    options: { channelAuthorization, userAuthentication },
    heal: () => {
      for (const p of params) delete p.deny
    },
  }
}
