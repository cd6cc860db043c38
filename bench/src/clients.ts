// Raw `ws` clients in their own process (forked by measures/server.ts), so the server's process keeps its
// own file-descriptor budget. Driven over IPC: see ClientCommand.
import { readFileSync } from 'node:fs'
import Pusher from 'pusher'
import WebSocket from 'ws'

export type ClientCommand =
  | {
      id: number
      cmd: 'open'
      group: string
      url: string
      count: number
      concurrency: number
      handshake: boolean
    }
  | { id: number; cmd: 'subscribe'; group: string; from: number; count: number; channel: string }
  | { id: number; cmd: 'arm'; group: string; count: number; marker: string }
  | {
      id: number
      cmd: 'triggers'
      sdk: { appId: string; key: string; secret: string; host: string; port: string }
      channel: string
      count: number
      concurrency: number
    }
  | { id: number; cmd: 'close' }

export type ClientReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }
/** Sent, unasked, when every armed socket received the marked message. */
export interface Delivered {
  delivered: string
  lastAt: string
}

interface Client {
  socket: WebSocket
  /** Resolves on `pusher_internal:subscription_succeeded`, if one is awaited. */
  subscribed?: () => void
}

const groups = new Map<string, Client[]>()
let armed: { marker: string; expected: number; received: number } | undefined

function send(message: ClientReply | Delivered): void {
  process.send?.(message)
}

function onMessage(client: Client, text: string): void {
  if (armed && text.includes(armed.marker)) {
    armed.received++
    if (armed.received === armed.expected) {
      send({ delivered: armed.marker, lastAt: process.hrtime.bigint().toString() })
      armed = undefined
    }
    return
  }
  if (text.includes('"pusher:ping"')) client.socket.send('{"event":"pusher:pong","data":{}}')
  else if (client.subscribed && text.includes('pusher_internal:subscription_succeeded')) client.subscribed()
}

function openOne(url: string, handshake: boolean): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false })
    const client: Client = { socket }
    const fail = (error: Error) => {
      socket.terminate()
      reject(error)
    }
    socket.once('error', fail)
    socket.once('close', (code) => fail(new Error(`closed with ${code} before the handshake`)))
    const ready = () => {
      socket.removeAllListeners('error').removeAllListeners('close').removeAllListeners('message')
      socket.on('error', () => {})
      socket.on('message', (data) => onMessage(client, data.toString()))
      resolve(client)
    }
    if (!handshake) socket.once('open', ready)
    else socket.on('message', (data) => data.toString().includes('pusher:connection_established') && ready())
  })
}

/** Runs `task(i)` for i < count, at most `concurrency` at a time. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < count) await task(next++)
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
}

async function handle(command: ClientCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'open': {
      const group = groups.get(command.group) ?? []
      groups.set(command.group, group)
      const errors = new Map<string, number>()
      const start = performance.now()
      await pool(command.count, command.concurrency, async () => {
        try {
          group.push(await openOne(command.url, command.handshake))
        } catch (error) {
          const key = (error as NodeJS.ErrnoException).code ?? (error as Error).message
          errors.set(key, (errors.get(key) ?? 0) + 1)
        }
      })
      const limit = /Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1]
      return {
        opened: group.length,
        ms: performance.now() - start,
        errors: Object.fromEntries(errors),
        fdLimit: limit,
      }
    }
    case 'subscribe': {
      const clients = (groups.get(command.group) ?? []).slice(command.from, command.from + command.count)
      const frame = JSON.stringify({ event: 'pusher:subscribe', data: { channel: command.channel } })
      await pool(clients.length, 200, async (i) => {
        const client = clients[i]!
        await new Promise<void>((resolve) => {
          client.subscribed = resolve
          client.socket.send(frame)
        })
        client.subscribed = undefined
      })
      return clients.length
    }
    case 'arm':
      armed = { marker: command.marker, expected: command.count, received: 0 }
      return true
    case 'triggers': {
      const sdk = new Pusher({ ...command.sdk, useTLS: false })
      let failed = 0
      const start = performance.now()
      await pool(command.count, command.concurrency, async (i) => {
        const response = await sdk.trigger(command.channel, 'tick', { i }).catch(() => undefined)
        if (response?.status !== 200) failed++
      })
      return { ms: performance.now() - start, failed }
    }
    case 'close':
      for (const group of groups.values()) for (const client of group) client.socket.terminate()
      groups.clear()
      setImmediate(() => process.disconnect())
      return true
  }
}

process.on('message', async (message) => {
  const command = message as ClientCommand
  try {
    send({ id: command.id, ok: true, value: await handle(command) })
  } catch (error) {
    send({ id: command.id, ok: false, error: String(error) })
  }
})
