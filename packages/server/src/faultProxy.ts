import { connect, createServer, type Socket } from 'node:net'

export interface FaultProxyOptions {
  /** Where to forward: the local server (its `port` and `host`). Read at each connection, so a server restarted on the same port is found again. */
  target: { port: number; host?: string }
  /** Interface to listen on. Default '127.0.0.1'. */
  host?: string
}

export interface FaultProxy {
  /** The proxy's own port: point pusher-js at it (`wsPort`). */
  readonly port: number
  readonly host: string
  /** From now on new connections wait, like behind a load balancer while the server restarts. */
  hold(): void
  /** Forward every waiting connection (and new ones) again. */
  resume(): void
  /**
   * Closes every open WebSocket through the proxy with `code`, as the server would: a close frame (after
   * the frame in flight, if any), then the TCP connection. Returns how many connections were closed.
   */
  closeWith(code: number, reason?: string): number
  /**
   * Sends `messages` (Pusher frames such as `{ event, channel, data }`; `data` is JSON-encoded as the
   * protocol wants) to every client as if the server had, between the server's own frames. Returns how
   * many clients got them.
   */
  send(...messages: object[]): number
  /** Closes the proxy and every connection through it. */
  close(): Promise<void>
}

const RETRY_MS = 20

/** A frame as a server sends it (unmasked): text (opcode 1) or close (opcode 8). */
function serverFrame(opcode: 1 | 8, payload: Buffer): Buffer {
  const length = payload.length
  const head = length < 126 ? [0x80 | opcode, length] : [0x80 | opcode, 126, length >> 8, length & 0xff]
  if (length >= 65536) throw new RangeError('fault proxy: frames up to 64 KiB')
  return Buffer.concat([Buffer.from(head), payload])
}

/** Follows the server side of one WebSocket connection, so an injected frame never lands inside another. */
function frameBoundaries() {
  let handshake = Buffer.alloc(0)
  let upgraded = false
  let header: number[] = []
  let remaining = 0
  const headerLength = () => {
    if (header.length < 2) return undefined
    const length = header[1]! & 0x7f
    return 2 + (length === 126 ? 2 : length === 127 ? 8 : 0) + (header[1]! & 0x80 ? 4 : 0)
  }
  const payloadLength = () => {
    const bytes = Buffer.from(header)
    const length = header[1]! & 0x7f
    if (length === 126) return bytes.readUInt16BE(2)
    if (length === 127) return Number(bytes.readBigUInt64BE(2))
    return length
  }
  return {
    get upgraded() {
      return upgraded
    },
    get atBoundary() {
      return upgraded && remaining === 0 && header.length === 0
    },
    feed(chunk: Buffer) {
      let data = chunk
      if (!upgraded) {
        handshake = Buffer.concat([handshake, data])
        const end = handshake.indexOf('\r\n\r\n')
        if (end === -1) return
        upgraded = true
        data = handshake.subarray(end + 4)
        handshake = Buffer.alloc(0)
      }
      let offset = 0
      while (offset < data.length) {
        if (remaining > 0) {
          const taken = Math.min(remaining, data.length - offset)
          remaining -= taken
          offset += taken
          continue
        }
        header.push(data[offset++]!)
        if (header.length === headerLength()) {
          remaining = payloadLength()
          header = []
        }
      }
    },
  }
}

interface Link {
  client: Socket
  upstream: Socket | undefined
  frames: ReturnType<typeof frameBoundaries>
  /** Frames of ours waiting for the server's frame in flight to end. */
  queued: Buffer[]
  /** A close frame to send, after which the link ends. */
  closing: Buffer | undefined
  closed: boolean
}

/**
 * A TCP proxy for fault tests, in front of a local server. Between `hold()` and `resume()` new connections
 * wait instead of being refused, and a connection whose target is not listening yet is retried every
 * 20 ms: pusher-js waits out a fixed 15 s after a refused connection, a held one lets a stop-and-restart
 * test finish in about a second. `closeWith()` closes WebSockets with any Pusher close code (the server
 * never sends 4100, and 4201 only after a 30 s pong timeout); `send()` puts any frame on the wire (a
 * hostile or broken server).
 */
export async function createFaultProxy({
  target,
  host = '127.0.0.1',
}: FaultProxyOptions): Promise<FaultProxy> {
  const links = new Set<Link>()
  const waiting: (() => void)[] = []
  let holding = false

  const flush = (link: Link) => {
    if (link.closed || !link.frames.atBoundary) return
    if (link.queued.length > 0) link.client.write(Buffer.concat(link.queued.splice(0)))
    if (!link.closing) return
    link.closed = true
    // The client ends the TCP connection itself once it read the close frame.
    link.client.end(link.closing)
    link.upstream?.destroy()
  }

  const proxy = createServer((client) => {
    const link: Link = {
      client,
      upstream: undefined,
      frames: frameBoundaries(),
      queued: [],
      closing: undefined,
      closed: false,
    }
    links.add(link)
    client.pause()
    client.on('error', () => client.destroy())
    client.on('close', () => {
      link.upstream?.destroy()
      links.delete(link)
    })
    const forward = () => {
      if (client.destroyed) return
      const upstream = connect(target.port, target.host ?? '127.0.0.1')
      const retry = () => setTimeout(forward, RETRY_MS)
      upstream.once('error', retry)
      upstream.once('connect', () => {
        upstream.off('error', retry)
        upstream.on('error', () => upstream.destroy())
        link.upstream = upstream
        upstream.on('data', (chunk: Buffer) => {
          if (link.closed) return
          client.write(chunk)
          link.frames.feed(chunk)
          flush(link)
        })
        client.on('data', (chunk: Buffer) => {
          if (!link.closed) upstream.write(chunk)
        })
        upstream.on('close', () => {
          if (!link.closed) client.destroy()
        })
        client.resume()
      })
    }
    if (holding) waiting.push(forward)
    else forward()
  })
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject)
    proxy.listen(0, host, () => resolve())
  })
  const address = proxy.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const upgraded = () => [...links].filter((link) => link.frames.upgraded && !link.closing && !link.closed)

  return {
    port,
    host,
    hold() {
      holding = true
    },
    resume() {
      holding = false
      for (const forward of waiting.splice(0)) forward()
    },
    closeWith(code, reason = `Closed with ${code} by the fault proxy`) {
      const open = upgraded()
      const text = Buffer.from(reason).subarray(0, 123)
      const payload = Buffer.alloc(2 + text.length)
      payload.writeUInt16BE(code, 0)
      text.copy(payload, 2)
      for (const link of open) {
        link.closing = serverFrame(8, payload)
        flush(link)
      }
      return open.length
    },
    send(...messages) {
      const frames = messages.map((message) => {
        const { data } = message as { data?: unknown }
        const wire = data === undefined ? message : { ...message, data: JSON.stringify(data) }
        return serverFrame(1, Buffer.from(JSON.stringify(wire)))
      })
      const open = upgraded()
      for (const link of open) {
        link.queued.push(...frames)
        flush(link)
      }
      return open.length
    },
    close: () =>
      new Promise<void>((resolve) => {
        holding = false
        waiting.length = 0
        for (const { client, upstream } of links) {
          client.destroy()
          upstream?.destroy()
        }
        proxy.close(() => resolve())
      }),
  }
}
