import type { useLogger } from '@nuxt/kit'
import type { Nuxt } from '@nuxt/schema'
import type { DevServerOptions } from './options'

export interface RunningDevServer {
  key: string
  host: string
  port: number
}

/** The local server's default app (`DEFAULT_APP` of @channelkit/server), for a server already running. */
const DEFAULT_KEY = 'channelkit-key'

/**
 * Starts @channelkit/server for `nuxi dev` and stops it with Nuxt. It allows the dev server's origins (the
 * pages are served from there). When the port is taken, that server (probably another `nuxi dev` of yours)
 * is used as it is.
 */
export async function startDevServer(
  nuxt: Nuxt,
  options: DevServerOptions,
  logger: ReturnType<typeof useLogger>,
): Promise<RunningDevServer | undefined> {
  let server: typeof import('@channelkit/server')
  try {
    server = await import('@channelkit/server')
  } catch {
    logger.warn(
      '`channelkit.devServer` needs @channelkit/server: install it as a dev dependency (`pnpm add -D @channelkit/server`). No local server started.',
    )
    return undefined
  }
  const port = options.port ?? 6001
  const devPort = nuxt.options.devServer.port || 3000
  const scheme = nuxt.options.devServer.https ? 'https' : 'http'
  const allowedOrigins = [
    ...['localhost', '127.0.0.1', '[::1]'].map((host) => `${scheme}://${host}:${devPort}`),
    ...(options.allowedOrigins ?? []),
  ]
  try {
    const local = await server.startServer({ port, allowedOrigins })
    nuxt.hook('close', () => local.close())
    logger.info(`ChannelKit local server: ${local.url} (app key \`${local.app.key}\`)`)
    return { key: local.app.key, host: local.host, port: local.port }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    logger.info(`ChannelKit: using the local server already listening on port ${port}`)
    return { key: DEFAULT_KEY, host: '127.0.0.1', port }
  }
}
