import type { Options as PusherJsOptions } from 'pusher-js'
import type { DevUser } from './types'

export interface ClientOptionsInput {
  /** The server's address, e.g. `http://127.0.0.1:6001` (`server.url`). */
  url: string
  /** The app key (default app: `channelkit-key`). */
  appKey: string
  /** Who the development auth endpoints sign in: sent as `user_id`, `user_info` and `watchlist`. */
  user?: DevUser | undefined
}

/**
 * pusher-js options for a local server at `url`: plain WebSocket, no stats, and channel and user
 * authorization through its development endpoints as `user`. Browser-safe (it imports nothing of Node):
 * `import { clientOptions } from '@channelkit/server/client'` in an app, a story or an example.
 */
export function clientOptions({ url, appKey, user }: ClientOptionsInput): PusherJsOptions {
  const { hostname, port } = new URL(url)
  const wsPort = Number(port || 80)
  const params: Record<string, string> = { app_key: appKey }
  if (user) {
    params.user_id = user.id
    if (user.info !== undefined) params.user_info = JSON.stringify(user.info)
    if (user.watchlist) params.watchlist = JSON.stringify(user.watchlist)
  }
  return {
    cluster: 'mt1',
    wsHost: hostname.replace(/^\[|\]$/g, ''),
    wsPort,
    wssPort: wsPort,
    forceTLS: false,
    enabledTransports: ['ws'],
    enableStats: false,
    channelAuthorization: { endpoint: `${url}/pusher/auth`, transport: 'ajax', params },
    userAuthentication: { endpoint: `${url}/pusher/user-auth`, transport: 'ajax', params },
  }
}
