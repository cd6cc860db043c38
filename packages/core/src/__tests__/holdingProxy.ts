import { connect, createServer, type Socket } from 'node:net'

/**
 * A TCP proxy in front of the server, like a load balancer during a restart: between `hold()` and
 * `resume()` new connections wait instead of being refused. pusher-js waits out a fixed 15 s after a
 * refused connection; a held one lets the restart test finish in about a second.
 */
export async function holdingProxy(targetPort: number) {
  const sockets = new Set<Socket>()
  let holding = false
  const held: (() => void)[] = []
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const proxy = createServer((client) => {
    track(client)
    client.pause()
    const attempt = () => {
      if (client.destroyed) return
      const upstream = connect(targetPort, '127.0.0.1')
      upstream.once('error', () => setTimeout(attempt, 20))
      upstream.once('connect', () => {
        track(upstream)
        client.pipe(upstream)
        upstream.pipe(client)
        client.resume()
        upstream.on('close', () => client.destroy())
        client.on('close', () => upstream.destroy())
      })
    }
    if (holding) held.push(attempt)
    else attempt()
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const address = proxy.address()
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    hold: () => {
      holding = true
    },
    resume: () => {
      holding = false
      for (const attempt of held.splice(0)) attempt()
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        proxy.close(() => resolve())
      }),
  }
}
