import { createChannelKit } from '@channelkit/core'
import { configureEcho, echo } from '@laravel/echo-react'
import type { Options } from 'pusher-js'
import { connectedClient } from '../connectedClient'
import { forkServer } from '../forkServer'
import type { Sizes } from '../sizes'
import type { MeasureResult } from '../types'
import { waitFor } from '../waitFor'

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('bench: heap needs node --expose-gc')
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

/**
 * Heap per subscribed channel after GC: N channels through ChannelKit's core leases (what useChannel and
 * useEvent hold) against N plain `client.subscribe` calls. The server runs in another process.
 */
export async function measureHeap(size: Sizes): Promise<MeasureResult> {
  const server = await forkServer()
  const options: Options = {
    cluster: 'mt1',
    wsHost: '127.0.0.1',
    wsPort: server.port,
    wssPort: server.port,
    forceTLS: false,
    enabledTransports: ['ws'],
    enableStats: false,
  }
  const connect = () => connectedClient(server.key, options)
  const clients = [await connect(), await connect(), await connect()]
  const [rawClient, kitClient, echoClient] = clients as [
    (typeof clients)[0],
    (typeof clients)[0],
    (typeof clients)[0],
  ]
  const kit = createChannelKit({ client: kitClient })
  configureEcho({ broadcaster: 'pusher', key: server.key, client: echoClient } as never)
  const held: unknown[] = []
  const n = size.heapChannels
  const names = (prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`)
  try {
    const raw = async (pass: number) => {
      const before = heapAfterGc()
      const channels = names(`heap-raw-${pass}`).map((name) => rawClient.subscribe(name))
      await waitFor(() => channels.every((c) => c.subscribed), `${n} raw subscriptions`, 60_000)
      held.push(channels)
      return (heapAfterGc() - before) / n
    }
    const leased = async (pass: number) => {
      const before = heapAfterGc()
      const leases = names(`heap-kit-${pass}`).map((name) => kit.channel(name))
      await waitFor(
        () => leases.every((l) => l.store.getSnapshot().status === 'subscribed'),
        `${n} ChannelKit subscriptions`,
        60_000,
      )
      held.push(leases)
      return (heapAfterGc() - before) / n
    }
    const echoed = async (pass: number) => {
      const before = heapAfterGc()
      const list = names(`heap-echo-${pass}`)
      const channels = list.map((name) => echo().channel(name))
      await waitFor(
        () => list.every((name) => echoClient.channel(name)?.subscribed),
        `${n} Echo subscriptions`,
        60_000,
      )
      held.push(channels)
      return (heapAfterGc() - before) / n
    }
    // Two passes each, alternating; the mean of each.
    const passes = { raw: [] as number[], kit: [] as number[], echo: [] as number[] }
    for (const pass of [0, 1]) {
      passes.raw.push(await raw(pass))
      passes.kit.push(await leased(pass))
      passes.echo.push(await echoed(pass))
    }
    const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length)
    return {
      rows: [
        {
          measure: 'heap',
          id: 'heap.subscription',
          label: `Heap per active subscription (${n.toLocaleString('en-US')} channels, after GC)`,
          unit: 'B/subscription',
          cells: {
            channelkit: { value: mean(passes.kit) },
            usePusher: { value: null, note: 'as raw (keeps no state)' },
            echo: { value: mean(passes.echo) },
            baseline: { value: mean(passes.raw) },
          },
          ratioTo: 'baseline',
        },
      ],
      notes: [
        `Heap: process.memoryUsage().heapUsed after 3 forced GCs, before and after ${n} channels subscribed on one connection, ` +
          'ChannelKit through kit.channel(name) (core: what every React/Vue hook holds, shared by both), Echo through echo().channel(name) (what its hooks hold), raw through client.subscribe(name); ' +
          'mean of 2 passes each; the server is in another process. Each figure includes the pusher-js channel.',
      ],
    }
  } finally {
    held.length = 0
    kit.destroy()
    for (const client of clients) client.disconnect()
    await server.close()
  }
}
