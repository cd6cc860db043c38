import { parseArgs } from 'node:util'
import { DEFAULT_APP, DEFAULT_HOST } from './defaults'
import type { ServerOptions } from './types'

export const DEFAULT_CLI_PORT = 6001

export const USAGE = `Usage: channelkit-server [options]

A local Pusher Channels (protocol 7) server for development and tests.

Options:
  --port <n>        port for WebSocket and HTTP (default ${DEFAULT_CLI_PORT}; 0 picks a free one)
  --host <host>     interface to listen on (default ${DEFAULT_HOST})
  --app-id <id>     app id (default ${DEFAULT_APP.id})
  --key <key>       app key (default ${DEFAULT_APP.key})
  --secret <secret> app secret (default ${DEFAULT_APP.secret})
  --webhook <url>   send webhooks to this URL (repeatable)
  --dev-page        serve a small status page at GET /
  -h, --help        show this help`

/** Turns argv into startServer options; throws with a message meant for the terminal. */
export function parseCliArgs(args: string[]): ServerOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: String(DEFAULT_CLI_PORT) },
      host: { type: 'string', default: DEFAULT_HOST },
      'app-id': { type: 'string', default: DEFAULT_APP.id },
      key: { type: 'string', default: DEFAULT_APP.key },
      secret: { type: 'string', default: DEFAULT_APP.secret },
      webhook: { type: 'string', multiple: true },
      'dev-page': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) return 'help'
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`--port must be an integer from 0 to 65535, got ${values.port}`)
  }
  return {
    port,
    host: values.host,
    apps: [{ ...DEFAULT_APP, id: values['app-id'], key: values.key, secret: values.secret }],
    webhooks: (values.webhook ?? []).map((url) => ({ url })),
    devPage: values['dev-page'],
  }
}
