import type { LocalServer } from '@channelkit/server'
import type { Plugin } from 'vite'

/**
 * `vite` (dev) also starts the ChannelKit local server on 127.0.0.1:6001, unless one already runs there
 * (e.g. `pnpm dev` at the root). Development only: its auth endpoint signs anyone in.
 */
export function localServer(port = 6001): Plugin {
  let server: LocalServer | undefined
  return {
    name: 'channelkit-local-server',
    apply: 'serve',
    async configureServer(vite) {
      const { startServer } = await import('@channelkit/server')
      try {
        server = await startServer({ port })
        vite.config.logger.info(`  ChannelKit local server: ${server.url} (dev auth at /pusher/auth)`)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
        vite.config.logger.info(`  Using the server already listening on 127.0.0.1:${port}`)
      }
      vite.httpServer?.once('close', () => void server?.close())
    },
  }
}
