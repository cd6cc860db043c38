import { connect, createServer, type Socket } from 'node:net'

export interface HoldingProxyOptions {
  /** Where to forward: the local server (its `port` and `host`). Read at each connection, so a server restarted on the same port is found again. */
  target: { port: number; host?: string }
  /** Interface to listen on. Default '127.0.0.1'. */
  host?: string
}

export interface HoldingProxy {
  /** The proxy's own port: point pusher-js at it (`wsPort`). */
  readonly port: number
  readonly host: string
  /** From now on new connections wait, like behind a load balancer while the server restarts. */
  hold(): void
  /** Forward every waiting connection (and new ones) again. */
  resume(): void
  /** Closes the proxy and every connection through it. */
  close(): Promise<void>
}

const RETRY_MS = 20

/**
 * A TCP proxy for restart tests. Closing the server closes the sockets through the proxy (pusher-js sees
 * the outage), but between `hold()` and `resume()` new connections wait instead of being refused, and a
 * connection whose target is not listening yet is retried every 20 ms. pusher-js waits out a fixed 15 s
 * after a refused connection; a held one lets a stop-and-restart test finish in about a second.
 */
export async function createHoldingProxy({
  target,
  host = '127.0.0.1',
}: HoldingProxyOptions): Promise<HoldingProxy> {
  const sockets = new Set<Socket>()
  const waiting: (() => void)[] = []
  let holding = false

  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const proxy = createServer((client) => {
    track(client)
    client.pause()
    const forward = () => {
      if (client.destroyed) return
      const upstream = connect(target.port, target.host ?? '127.0.0.1')
      const retry = () => setTimeout(forward, RETRY_MS)
      upstream.once('error', retry)
      upstream.once('connect', () => {
        upstream.off('error', retry)
        track(upstream)
        client.pipe(upstream)
        upstream.pipe(client)
        client.resume()
        upstream.on('close', () => client.destroy())
        client.on('close', () => upstream.destroy())
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
    close: () =>
      new Promise<void>((resolve) => {
        holding = false
        waiting.length = 0
        for (const socket of sockets) socket.destroy()
        proxy.close(() => resolve())
      }),
  }
}
