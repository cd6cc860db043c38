/**
 * Where live stories find the local server and its control endpoint. Defaults match `pnpm dev`:
 * `STORYBOOK_CHANNELKIT_SERVER` (host:port) and `STORYBOOK_CHANNELKIT_CONTROL_TOKEN` change them at build
 * time (`pnpm dev` passes both), the `ckServer` / `ckControlToken` query parameters of the preview iframe at
 * run time (the e2e tests do).
 */
export interface LiveConfig {
  /** Base URL of the local server, e.g. http://127.0.0.1:6001 (WebSocket, HTTP API, dev auth, control). */
  serverUrl: string
  host: string
  port: number
  /** Base URL of the control endpoint (`/control/*` on the local server). */
  controlUrl: string
  /** The control endpoint's per-run token: only pages that were given it can use the endpoint. */
  controlToken: string
  appKey: string
}

function hostPort(value: string, what: string): { host: string; port: number } {
  const match = /^([\w.-]+|\[[\d:a-f]+\]):(\d{1,5})$/i.exec(value)
  if (!match)
    throw new Error(`${what} must be host:port (e.g. 127.0.0.1:6001), got ${JSON.stringify(value)}.`)
  return { host: match[1]!, port: Number(match[2]) }
}

export function liveConfig(): LiveConfig {
  const params = new URLSearchParams(globalThis.location?.search ?? '')
  const server = hostPort(
    params.get('ckServer') ?? import.meta.env.STORYBOOK_CHANNELKIT_SERVER ?? '127.0.0.1:6001',
    'ckServer',
  )
  const serverUrl = `http://${server.host}:${server.port}`
  return {
    serverUrl,
    host: server.host,
    port: server.port,
    controlUrl: serverUrl,
    controlToken: params.get('ckControlToken') ?? import.meta.env.STORYBOOK_CHANNELKIT_CONTROL_TOKEN ?? '',
    appKey: import.meta.env.STORYBOOK_CHANNELKIT_KEY ?? 'channelkit-key',
  }
}
