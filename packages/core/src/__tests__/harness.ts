import { type DevUser, type Frame, type LocalServer, startServer } from '@channelkit/server'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { createChannelKit } from '../createChannelKit'
import type { ChannelKitError } from '../errors'
import type { ChannelKit, ChannelKitOptions, ReadableStore } from '../types'

export interface TestServer {
  server: LocalServer
  frames: Frame[]
  /** Frames the clients sent with this event (and channel, when given). */
  inbound(event: string, channel?: string): Frame[]
}

const frameChannel = (frame: Frame) =>
  frame.channel ?? (frame.data as { channel?: string } | undefined)?.channel

/** One local server per test file; frames recorded from the start. */
export function withServer(): TestServer {
  const context = { frames: [] as Frame[] } as TestServer
  context.inbound = (event, channel) =>
    context.frames.filter(
      (f) =>
        f.direction === 'in' && f.event === event && (channel === undefined || frameChannel(f) === channel),
    )
  beforeAll(async () => {
    context.server = await startServer({ port: 0 })
    context.server.onFrame((frame) => context.frames.push(frame))
  })
  afterAll(async () => {
    await context.server.close()
  })
  return context
}

const kits: ChannelKit[] = []
afterEach(() => {
  for (const kit of kits.splice(0)) kit.destroy()
})

/** A Node kit (server: false) against the local server; destroyed after the test. */
export function makeKit(
  server: LocalServer,
  { user, ...options }: Partial<ChannelKitOptions> & { user?: DevUser } = {},
): { kit: ChannelKit; errors: ChannelKitError[] } {
  const errors: ChannelKitError[] = []
  const kit = createChannelKit({
    key: server.app.key,
    ...server.wsOptions(user ? { user } : {}),
    server: false,
    releaseDelay: 50,
    onError: (error) => errors.push(error),
    ...options,
  })
  kits.push(kit)
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
