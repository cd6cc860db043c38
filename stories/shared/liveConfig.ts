/**
 * Where live stories find the local server and the dev control endpoint. Defaults match `pnpm dev`;
 * `STORYBOOK_CHANNELKIT_SERVER` / `STORYBOOK_CHANNELKIT_CONTROL` (host:port) change them at build time,
 * and the `ckServer` / `ckControl` query parameters of the preview iframe at run time (the e2e tests do).
 */
export interface LiveConfig {
  /** Base URL of the local server, e.g. http://127.0.0.1:6001 (WebSocket, HTTP API, dev auth). */
  serverUrl: string
  host: string
  port: number
  /** Base URL of the control endpoint started by `pnpm dev`, e.g. http://127.0.0.1:6002. */
  controlUrl: string
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
  const control = hostPort(
    params.get('ckControl') ?? import.meta.env.STORYBOOK_CHANNELKIT_CONTROL ?? '127.0.0.1:6002',
    'ckControl',
  )
  return {
    serverUrl: `http://${server.host}:${server.port}`,
    host: server.host,
    port: server.port,
    controlUrl: `http://${control.host}:${control.port}`,
    appKey: import.meta.env.STORYBOOK_CHANNELKIT_KEY ?? 'channelkit-key',
  }
}
