// Server only: the app's Pusher credentials and the official `pusher` SDK. Importing this file from a
// Client Component fails the build (`server-only`), so the secret never reaches a browser bundle.
import 'server-only'
import Pusher from 'pusher'
import type { BrowserConnection } from './chat'

/**
 * From the environment (read at request time, so one build runs anywhere), else the local server's
 * defaults (`channelkit-server`: app `channelkit`, key `channelkit-key`, secret `channelkit-secret` on
 * 127.0.0.1:6001). For Pusher itself set PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET, PUSHER_CLUSTER and an
 * empty PUSHER_HOST.
 */
function config() {
  const env = process.env
  return {
    appId: env.PUSHER_APP_ID ?? 'channelkit',
    key: env.PUSHER_KEY ?? 'channelkit-key',
    secret: env.PUSHER_SECRET ?? 'channelkit-secret',
    cluster: env.PUSHER_CLUSTER ?? 'mt1',
    host: env.PUSHER_HOST ?? '127.0.0.1',
    port: env.PUSHER_PORT ?? '6001',
    useTLS: env.PUSHER_USE_TLS === 'true',
  }
}

let sdk: Pusher | undefined

/** The SDK, made once per server process. */
export function pusher(): Pusher {
  if (sdk) return sdk
  const { appId, key, secret, cluster, host, port, useTLS } = config()
  sdk = new Pusher({ appId, key, secret, cluster, useTLS, ...(host && { host, port }) })
  return sdk
}

/** The same server, as the browser reaches it. */
export function browserConnection(): BrowserConnection {
  const { key, cluster, host, port, useTLS } = config()
  if (!host) return { key, cluster, forceTLS: true }
  return { key, cluster, wsHost: host, wsPort: Number(port), wssPort: Number(port), forceTLS: useTLS }
}
