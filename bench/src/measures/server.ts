import { fork } from 'node:child_process'
import { join } from 'node:path'
import { DEFAULT_APP, startServer } from '@channelkit/server'
import { WebSocketServer } from 'ws'
import { benchDir } from '../benchDir'
import type { ClientCommand, ClientReply, Delivered } from '../clients'
import { median } from '../median'
import type { Sizes } from '../sizes'
import type { MeasureResult } from '../types'

type Command = ClientCommand extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never

interface Opened {
  opened: number
  ms: number
  errors: Record<string, number>
  fdLimit?: string
}

/** The client process and a typed request/reply channel to it. */
function forkClients() {
  const child = fork(join(benchDir, 'dist', 'clients.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  const deliveries = new Map<string, (lastAt: bigint) => void>()
  let nextId = 0
  child.on('message', (message: ClientReply | Delivered) => {
    if ('delivered' in message) {
      deliveries.get(message.delivered)?.(BigInt(message.lastAt))
      return
    }
    const call = pending.get(message.id)
    pending.delete(message.id)
    if (message.ok) call?.resolve(message.value)
    else call?.reject(new Error(message.error))
  })
  return {
    call<T>(command: Command): Promise<T> {
      const id = nextId++
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
        child.send({ ...command, id })
      })
    },
    /** Resolves with the client process's clock when every armed socket got `marker`. */
    delivery(marker: string): Promise<bigint> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`bench: fan-out ${marker} not delivered in 60 s`)),
          60_000,
        )
        deliveries.set(marker, (lastAt) => {
          clearTimeout(timer)
          deliveries.delete(marker)
          resolve(lastAt)
        })
      })
    },
    async close() {
      if (child.connected) await this.call({ cmd: 'close' })
      await exited
    },
  }
}

/**
 * @channelkit/server under load, from raw `ws` clients in another process: connections held, one event
 * fanned out to many subscribers against a bare `ws` loop over as many sockets, and HTTP triggers per second.
 */
export async function measureServer(size: Sizes): Promise<MeasureResult> {
  // subscription_count off: the local server sends it on every change (Pusher throttles it above 100
  // subscribers), which would make filling one channel quadratic and is not what is measured here.
  const app = { ...DEFAULT_APP, subscriptionCount: false }
  const server = await startServer({ port: 0, apps: [app] })
  const bare = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise((resolve) => bare.once('listening', resolve))
  const clients = forkClients()
  try {
    const pusherUrl = `ws://127.0.0.1:${server.port}/app/${app.key}?protocol=7&client=js&version=8.6.0&flash=false`
    const held = await clients.call<Opened>({
      cmd: 'open',
      group: 'pusher',
      url: pusherUrl,
      count: size.connections,
      concurrency: 200,
      handshake: true,
    })
    const connections = server.connectionCount()
    const channel = 'bench-fanout'
    await clients.call({ cmd: 'subscribe', group: 'pusher', from: 0, count: size.fanout, channel })
    const subscribers = server.channels().get(channel)?.subscriptionCount ?? 0
    const bareAddress = bare.address()
    const barePort = typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0
    const bareOpened = await clients.call<Opened>({
      cmd: 'open',
      group: 'bare',
      url: `ws://127.0.0.1:${barePort}`,
      count: subscribers,
      concurrency: 200,
      handshake: false,
    })

    const sdk = server.pusher()
    const fanout = async (group: 'pusher' | 'bare', round: number) => {
      const marker = `#${group}-${round}#`
      const delivered = clients.delivery(marker)
      await clients.call({
        cmd: 'arm',
        group,
        count: group === 'pusher' ? subscribers : bareOpened.opened,
        marker,
      })
      const start = process.hrtime.bigint()
      if (group === 'pusher') {
        await sdk.trigger(channel, 'tick', { marker })
      } else {
        const frame = JSON.stringify({ event: 'tick', channel, data: JSON.stringify({ marker }) })
        for (const socket of bare.clients) socket.send(frame)
      }
      return Number((await delivered) - start) / 1e6
    }
    const times = { pusher: [] as number[], bare: [] as number[] }
    for (let round = -1; round < size.fanoutRounds; round++) {
      const order = round % 2 === 0 ? (['pusher', 'bare'] as const) : (['bare', 'pusher'] as const)
      for (const group of order) {
        const ms = await fanout(group, round)
        if (round >= 0) times[group].push(ms)
      }
    }

    await clients.call({
      cmd: 'subscribe',
      group: 'pusher',
      from: size.fanout,
      count: 1,
      channel: 'bench-triggers',
    })
    const triggers = await clients.call<{ ms: number; failed: number }>({
      cmd: 'triggers',
      sdk: { appId: app.id, key: app.key, secret: app.secret, host: '127.0.0.1', port: String(server.port) },
      channel: 'bench-triggers',
      count: size.triggers,
      concurrency: size.triggerConcurrency,
    })
    if (triggers.failed > 0)
      throw new Error(`bench: ${triggers.failed} of ${size.triggers} HTTP triggers failed`)

    const errors = Object.entries(held.errors).map(([code, count]) => `${count}× ${code}`)
    return {
      rows: [
        {
          measure: 'server',
          id: 'server.connections',
          label: `Server: connections held (${size.connections.toLocaleString('en-US')} raw ws clients, Pusher handshake)`,
          unit: 'connections',
          cells: { channelkit: { value: connections } },
        },
        {
          measure: 'server',
          id: 'server.fanout',
          label: `Server: one event to ${subscribers.toLocaleString('en-US')} subscribers, trigger → last delivery (median of ${size.fanoutRounds})`,
          unit: 'ms',
          cells: { channelkit: { value: median(times.pusher) }, baseline: { value: median(times.bare) } },
          ratioTo: 'baseline',
        },
        {
          measure: 'server',
          id: 'server.triggers',
          label: `Server: HTTP triggers via the pusher SDK (${size.triggers.toLocaleString('en-US')}, ${size.triggerConcurrency} in flight)`,
          unit: 'triggers/s',
          cells: { channelkit: { value: (size.triggers / triggers.ms) * 1000 } },
        },
      ],
      notes: [
        `Server: @channelkit/server in the measuring process, raw ws clients in a second process (fd limit there ${held.fdLimit ?? 'unknown'}; ` +
          `Node raises the soft limit to the hard one at start); ${held.opened.toLocaleString('en-US')} of ${size.connections.toLocaleString('en-US')} handshakes in ${(held.ms / 1000).toFixed(1)} s` +
          (errors.length > 0 ? `, failures: ${errors.join(', ')}` : '') +
          '. Fan-out: from the SDK trigger call (HTTP included) to the last socket receiving it, against a bare ws server in the same process looping send() over the same number of sockets with the same frame pre-encoded; ' +
          'rounds alternate, warm-up discarded; subscription_count off for the fan-out app.',
      ],
    }
  } finally {
    await clients.close()
    await new Promise((resolve) => bare.close(resolve))
    await server.close()
  }
}
