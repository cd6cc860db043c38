import type { Plugin } from 'vite'
import { startServer } from './server'
import type { LocalServer, ServerOptions } from './types'

/**
 * A Vite plugin: `vite` (dev only) also starts the local server, on 127.0.0.1:6001 unless told otherwise,
 * and stops it with Vite. When that port is taken (another dev server of yours already runs one) it uses
 * that one. Development only: its auth endpoints sign in whoever they are asked to. Its control endpoint is
 * on, and the page gets its `{ url, token }` as `globalThis.__CHANNELKIT_CONTROL__` (the event creator of
 * @channelkit/devtools sends through it); `control: false` turns both off.
 *
 * ```ts
 * import { channelkitServer } from '@channelkit/server/vite'
 * export default defineConfig({ plugins: [react(), channelkitServer()] })
 * ```
 */
export function channelkitServer(options: ServerOptions = {}): Plugin {
  let server: LocalServer | undefined
  return {
    name: 'channelkit-local-server',
    apply: 'serve',
    async configureServer(vite) {
      const port = options.port ?? 6001
      try {
        server = await startServer({ control: true, ...options, port })
        vite.config.logger.info(`  ChannelKit local server: ${server.url} (dev auth at /pusher/auth)`)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
        vite.config.logger.info(`  ChannelKit: using the local server already listening on port ${port}`)
      }
      vite.httpServer?.once('close', () => void server?.close())
    },
    transformIndexHtml() {
      if (!server?.control) return
      const control = JSON.stringify(server.control).replace(/</g, '\\u003c')
      return [
        { tag: 'script', children: `globalThis.__CHANNELKIT_CONTROL__=${control}`, injectTo: 'head-prepend' },
      ]
    },
  }
}
