import { getHeapCodeStatistics } from 'node:v8'
import { expect, vi } from 'vitest'

// Mount/unmount cycles of a tree that uses every hook, counting what a leak leaves behind: pusher-js
// channels, callbacks, pending timers, subscriptions at the server and (with --expose-gc) heap.
// Framework-free: React and Vue pass a `mount`. The types below are the parts of pusher-js, the kit and
// the local server this file reads, written structurally so it imports nothing but vitest.

interface Dispatcher {
  callbacks: { _callbacks: Record<string, readonly unknown[]> }
  global_callbacks: readonly unknown[]
}

interface PusherChannel extends Dispatcher {
  readonly name: string
  subscribed: boolean
  trigger(event: string, data: unknown): boolean
}

interface PusherClient {
  allChannels(): PusherChannel[]
  channel(name: string): PusherChannel | undefined
  subscribe(name: string): PusherChannel
  connection: Dispatcher & { state: string; socket_id: string }
  user: Dispatcher & { watchlist: Dispatcher; user_data: unknown }
  signin(): void
  global_emitter: Dispatcher
}

interface Lease {
  store: { getSnapshot(): { status: string } }
  release(): void
}

interface Kit {
  getClient(): PusherClient | undefined
  channel(name: string): Lease
  presence(name: string): Lease
}

interface Server {
  onFrame(
    listener: (frame: { direction: string; socketId?: string; event: string; data?: unknown }) => void,
  ): () => void
  pusher(): { trigger(channel: string, event: string, data: unknown): Promise<unknown> }
}

/** A mounted tree that renders `<dt>label</dt><dd>value</dd>` pairs, as AllHooks does. */
export interface MountedTree {
  readonly container: Element
  rerender(room: string): unknown
  unmount(): unknown
}

export interface CycleOptions {
  /** Connected to `server` as a user who may sign in. */
  kit: Kit
  server: Server
  /** Other users' pusher-js clients: members of every presence room, who type there. */
  typists: readonly PusherClient[]
  /** Mounts the tree on `private-${room}` and `presence-${room}`. */
  mount(room: string): MountedTree | Promise<MountedTree>
  cycles: number
  /** Cycles run before the baseline, so one-time allocations (JIT, caches) are not counted as growth. */
  warmup: number
}

/** What stays bound in pusher-js and pending in the timers at one moment. */
export interface Counts {
  channels: number
  /** Callbacks bound on pusher-js channels (`bind` and `bind_global`). */
  channelCallbacks: number
  connection: number
  /** On `client.user` and its watchlist. */
  user: number
  /** `client.bind_global`. */
  global: number
  /** setTimeout/setInterval calls neither fired nor cleared (this process: server and clients too). */
  timers: number
}

export interface HeapGrowth {
  /** `process.memoryUsage().heapUsed`. */
  usedKB: number
  /** Of which V8's compiled code and bytecode with their metadata: the JIT warming up, not a leak. */
  codeKB: number
  /** `usedKB - codeKB`: where a leak would show. */
  objectsKB: number
}

export interface CycleFigures {
  cycles: number
  /** Cycles that waited for both subscriptions, a notification and (when a typist was free) typing. */
  live: number
  typed: number
  /** Cycles that switched rooms while mounted. */
  switched: number
  /** Times every room but the anchor's was really unsubscribed between cycles. */
  released: number
  /** No lease held. */
  empty: Counts
  /** The anchor room held by a lease for the whole run, after the warm-up. */
  baseline: Counts
  /** The most seen while a live tree was mounted. */
  mounted: Counts
  /** After the cycles and the release grace period; should equal `baseline`. */
  after: Counts
  /** After the anchor's release; should equal `empty`. */
  final: Counts
  /** The anchor room's channels, held by a lease for the whole run. */
  anchorChannels: string[]
  /** pusher:subscribe / pusher:unsubscribe frames of the cycles at the server; channels still open. */
  frames: { subscribe: number; unsubscribe: number; openAfterCycles: string[]; openAtEnd: string[] }
  /** Growth over the cycles after GC (KB); undefined without --expose-gc. */
  heap: HeapGrowth | undefined
  ms: number
}

const ROOMS = 4
const LIVE_EVERY = 10
const RELEASE_EVERY = 50
/** The server allows 10 client events per second per connection; a typist waits longer than that. */
const TYPIST_PAUSE_MS = 150

export async function runCycles(options: CycleOptions): Promise<CycleFigures> {
  const started = performance.now()
  const { kit, server, typists } = options
  const client = kit.getClient()
  if (!client) throw new Error('runCycles: the kit has no pusher-js client (is this a server render?)')
  const tag = Math.random().toString(36).slice(2, 8)
  const rooms = Array.from({ length: ROOMS }, (_, i) => `cycles-${tag}-${i}`)
  const anchorRoom = rooms[0]!
  const members = `subscribed ${typists.length + 1}`
  const lastTyped = typists.map(() => Number.NEGATIVE_INFINITY)
  const figures = { live: 0, typed: 0, switched: 0, released: 0 }
  const mounted: Counts = { channels: 0, channelCallbacks: 0, connection: 0, user: 0, global: 0, timers: 0 }

  const timers = trackTimers()
  const frames = countSubscriptions(server, client)
  const counts = (): Counts => ({ ...listenerCounts(client), timers: timers.pending() })
  const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 1 })
  const anchorChannels = [`presence-${anchorRoom}`, `private-${anchorRoom}`]
  // Released in pusher-js and, once the unsubscribe frames arrived, at the server.
  const onlyAnchor = () =>
    waitFor(() => {
      expect(client.allChannels()).toHaveLength(anchorChannels.length)
      expect(frames.open()).toEqual(anchorChannels)
    })

  const sdk = server.pusher()
  const live = async (tree: MountedTree, room: string) => {
    figures.live++
    await waitFor(() => expect(read(tree)).toMatchObject({ channel: 'subscribed', presence: members }))
    const typist = lastTyped.indexOf(Math.min(...lastTyped))
    const canType = typist >= 0 && performance.now() - lastTyped[typist]! > TYPIST_PAUSE_MS
    if (canType) {
      lastTyped[typist] = performance.now()
      typists[typist]!.channel(`presence-${room}`)!.trigger('client-typing', { typing: true })
      figures.typed++
    }
    await sdk.trigger(`private-${room}`, 'alert', { text: 'cycle' })
    await waitFor(() =>
      expect(read(tree)).toMatchObject({ toasts: '1', ...(canType ? { typing: '1' } : {}) }),
    )
    maximize(mounted, counts())
  }

  const cycle = async (i: number) => {
    const room = rooms[(i + Math.floor(i / LIVE_EVERY)) % ROOMS]!
    const tree = await options.mount(room)
    if (i % LIVE_EVERY === 0) await live(tree, room)
    else if (i % LIVE_EVERY < 4) {
      figures.switched++
      await tree.rerender(rooms[(i + 1) % ROOMS]!)
    }
    await tree.unmount()
    if (i % RELEASE_EVERY === RELEASE_EVERY - 1) {
      figures.released++
      await onlyAnchor()
    }
  }

  try {
    await waitFor(() => expect(client.connection.state).toBe('connected'))
    // Signed in before the first cycle (through the client: useUser's store sees it as any other).
    client.signin()
    await waitFor(() => expect(client.user.user_data).toBeTruthy())
    for (const typist of typists) for (const room of rooms) typist.subscribe(`presence-${room}`)
    await waitFor(() => {
      for (const typist of typists)
        for (const room of rooms) expect(typist.channel(`presence-${room}`)?.subscribed).toBe(true)
    })
    const empty = counts()

    const anchors = [kit.presence(anchorChannels[0]!), kit.channel(anchorChannels[1]!)]
    await waitFor(() =>
      expect(anchors.map((a) => a.store.getSnapshot().status)).toEqual(['subscribed', 'subscribed']),
    )
    for (let i = 0; i < options.warmup; i++) await cycle(i)
    await onlyAnchor()
    const baseline = await settle(counts, { ...counts(), timers: empty.timers })
    const heapBefore = await heapUsed()
    Object.assign(figures, { live: 0, typed: 0, switched: 0, released: 0 })
    frames.reset()

    for (let i = 0; i < options.cycles; i++) await cycle(i)
    await onlyAnchor()
    const after = await settle(counts, baseline)
    const heapAfter = await heapUsed()
    const framesOfCycles = { ...frames.totals(), openAfterCycles: frames.open() }

    for (const anchor of anchors) anchor.release()
    await waitFor(() => {
      expect(client.allChannels()).toHaveLength(0)
      expect(frames.open()).toEqual([])
    })
    const final = await settle(counts, empty)
    return {
      cycles: options.cycles,
      ...figures,
      empty,
      baseline,
      mounted,
      after,
      final,
      anchorChannels,
      frames: { ...framesOfCycles, openAtEnd: frames.open() },
      heap: heapBefore && heapAfter && growth(heapBefore, heapAfter),
      ms: Math.round(performance.now() - started),
    }
  } finally {
    frames.stop()
    timers.restore()
  }
}

/** What a run without leaks shows; the heap only when measured (--expose-gc). */
export function expectNoLeaks(f: CycleFigures): void {
  expect(f.mounted.channelCallbacks, 'a mounted tree binds pusher-js callbacks').toBeGreaterThan(
    f.baseline.channelCallbacks,
  )
  expect(f.after, 'after the cycles, as at the baseline').toEqual(f.baseline)
  expect(f.final, 'after the last release, as before any lease').toEqual(f.empty)
  expect(f.final.channels).toBe(0)
  expect(f.frames.subscribe, 'every subscribe of the cycles was undone').toBe(f.frames.unsubscribe)
  expect(f.frames.openAfterCycles, 'subscribed at the server after the cycles').toEqual(f.anchorChannels)
  expect(f.frames.openAtEnd, 'subscribed at the server at the end').toEqual([])
  expect(f).toMatchObject({
    live: Math.ceil(f.cycles / LIVE_EVERY),
    released: Math.floor(f.cycles / RELEASE_EVERY),
  })
  expect(f.switched).toBeGreaterThan(0)
  expect(f.typed).toBeGreaterThan(0)
  if (f.heap) expect(f.heap.usedKB, 'heap growth after GC, KB').toBeLessThan(1024)
}

/** The figures as a few lines for a soak log. */
export function formatFigures(name: string, f: CycleFigures): string {
  const line = (label: string, c: Counts) =>
    `  ${label.padEnd(9)} channels ${c.channels}, callbacks: channels ${c.channelCallbacks}, connection ${c.connection}, user ${c.user}, global ${c.global}; pending timers ${c.timers}`
  return [
    `${name}: ${f.cycles} mount/unmount cycles in ${(f.ms / 1000).toFixed(1)} s (${f.live} live, ${f.typed} with typing, ${f.switched} room switches, ${f.released} full releases)`,
    line('empty', f.empty),
    line('baseline', f.baseline),
    line('mounted', f.mounted),
    line('after', f.after),
    line('final', f.final),
    `  frames    ${f.frames.subscribe} pusher:subscribe, ${f.frames.unsubscribe} pusher:unsubscribe; open after the cycles: ${f.frames.openAfterCycles.join(', ') || 'none'}; open at the end: ${f.frames.openAtEnd.join(', ') || 'none'}`,
    `  heap      ${f.heap ? `${f.heap.usedKB} KB growth after GC (compiled code ${f.heap.codeKB} KB, objects ${f.heap.objectsKB} KB)` : 'not measured (run node with --expose-gc)'}`,
  ].join('\n')
}

function read(tree: MountedTree): Record<string, string> {
  const view: Record<string, string> = {}
  // Walks the <dl> by hand: happy-dom caches every querySelectorAll result on the document until the
  // next document-level change, which would show as heap growth.
  for (
    let dt = tree.container.firstElementChild?.firstElementChild;
    dt;
    dt = dt.nextElementSibling?.nextElementSibling
  ) {
    view[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? ''
  }
  return view
}

const callbackCount = (d: Dispatcher) =>
  Object.values(d.callbacks._callbacks).reduce((n, list) => n + list.length, 0) + d.global_callbacks.length

function listenerCounts(client: PusherClient): Omit<Counts, 'timers'> {
  const channels = client.allChannels()
  return {
    channels: channels.length,
    channelCallbacks: channels.reduce((n, channel) => n + callbackCount(channel), 0),
    connection: callbackCount(client.connection),
    user: callbackCount(client.user) + callbackCount(client.user.watchlist),
    global: callbackCount(client.global_emitter),
  }
}

function maximize(into: Counts, from: Counts) {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] = Math.max(into[key], from[key])
}

/** Polls until `read()` equals `expected` (a grace period may still run); the caller asserts. */
async function settle(read: () => Counts, expected: Counts): Promise<Counts> {
  await vi.waitFor(() => expect(read()).toEqual(expected), { timeout: 3000, interval: 5 }).catch(() => {})
  return read()
}

/** Counts pending setTimeout/setInterval calls by wrapping the globals until `restore()`. */
function trackTimers() {
  const g = globalThis
  const original = {
    setTimeout: g.setTimeout,
    clearTimeout: g.clearTimeout,
    setInterval: g.setInterval,
    clearInterval: g.clearInterval,
  }
  const pending = new Set<unknown>()
  // Node hands out Timeout objects but also accepts their numeric id in clear*(); key by the number.
  const key = (id: unknown) => (typeof id === 'object' && id !== null ? Number(id) : id)
  const clear = (clearer: (id: never) => void) => (id: unknown) => {
    pending.delete(key(id))
    clearer(id as never)
  }
  g.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = original.setTimeout(
      (...a: unknown[]) => {
        pending.delete(key(id))
        fn(...a)
      },
      ms,
      ...args,
    )
    pending.add(key(id))
    return id
  }) as typeof setTimeout
  g.setInterval = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = original.setInterval(fn, ms, ...args)
    pending.add(key(id))
    return id
  }) as typeof setInterval
  g.clearTimeout = clear(original.clearTimeout)
  g.clearInterval = clear(original.clearInterval)
  return {
    pending: () => pending.size,
    restore: () => Object.assign(g, original),
  }
}

/** pusher:subscribe / pusher:unsubscribe frames the kit's connection sent, per channel. */
function countSubscriptions(server: Server, client: PusherClient) {
  const open = new Map<string, number>()
  let totals = { subscribe: 0, unsubscribe: 0 }
  const stop = server.onFrame((frame) => {
    if (frame.direction !== 'in' || frame.socketId !== client.connection.socket_id) return
    const channel = (frame.data as { channel?: string } | undefined)?.channel ?? ''
    // pusher-js's own sign-in channel, held by no lease
    if (channel.startsWith('#server-to-user-')) return
    if (frame.event === 'pusher:subscribe') {
      totals.subscribe++
      open.set(channel, (open.get(channel) ?? 0) + 1)
    } else if (frame.event === 'pusher:unsubscribe') {
      totals.unsubscribe++
      open.set(channel, (open.get(channel) ?? 0) - 1)
    }
  })
  return {
    stop,
    totals: () => ({ ...totals }),
    open: () =>
      [...open]
        .filter(([, n]) => n !== 0)
        .map(([name, n]) => (n === 1 ? name : `${name} (${n})`))
        .sort(),
    reset: () => {
      totals = { subscribe: 0, unsubscribe: 0 }
    },
  }
}

interface HeapSample {
  used: number
  code: number
}

/** The heap after full GCs, or undefined when node runs without --expose-gc. */
async function heapUsed(): Promise<HeapSample | undefined> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) return undefined
  for (let i = 0; i < 3; i++) {
    gc()
    // let finalizers and microtasks queued by the collection run before the next one
    await new Promise((resolve) => setImmediate(resolve))
  }
  const code = getHeapCodeStatistics()
  return {
    used: process.memoryUsage().heapUsed,
    code: code.code_and_metadata_size + code.bytecode_and_metadata_size,
  }
}

function growth(before: HeapSample, after: HeapSample): HeapGrowth {
  const kb = (bytes: number) => Math.round(bytes / 1024)
  const used = after.used - before.used
  const code = after.code - before.code
  return { usedKB: kb(used), codeKB: kb(code), objectsKB: kb(used - code) }
}
