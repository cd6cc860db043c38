import { parseArgs } from 'node:util'
import { DEFAULT_APP, DEFAULT_HOST } from './defaults'
import type { ServerOptions } from './types'

export const DEFAULT_CLI_PORT = 6001
export const MASTER_KEY_ENV = 'CHANNELKIT_ENCRYPTION_MASTER_KEY'

export const USAGE = `Usage: channelkit-server [options]

A local Pusher Channels (protocol 7) server for development and tests.

Options:
  --port <n>                 port for WebSocket and HTTP (default ${DEFAULT_CLI_PORT}; 0 picks a free one)
  --host <host>              interface to listen on (default ${DEFAULT_HOST}); beyond loopback it needs
                             your own --secret, and the dev auth endpoint is off unless --dev-auth
  --app-id <id>              app id (default ${DEFAULT_APP.id})
  --key <key>                app key (default ${DEFAULT_APP.key})
  --secret <secret>          app secret (default ${DEFAULT_APP.secret}, published: loopback only)
  --allowed-origin <origin>  a browser origin allowed to call the server, e.g. http://localhost:3000
                             (repeatable; Storybook's and the examples' are always allowed)
  --encryption-master-key <base64>
                             32 bytes for private-encrypted- channels (default: $${MASTER_KEY_ENV},
                             else random per run)
  --dev-auth                 keep the dev auth endpoint on beyond loopback (anyone can sign in as anyone)
  --control                  serve the control endpoint (/control/*) with a random token, printed below
  --control-token <token>    the same with this token (at least 16 characters)
  --webhook <url>            send webhooks to this URL (repeatable)
  --dev-page                 serve a small status page at GET /
  -h, --help                 show this help`

/** Turns argv (and the environment) into startServer options; throws with a message meant for the terminal. */
export function parseCliArgs(args: string[], env: NodeJS.ProcessEnv = {}): ServerOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: String(DEFAULT_CLI_PORT) },
      host: { type: 'string', default: DEFAULT_HOST },
      'app-id': { type: 'string', default: DEFAULT_APP.id },
      key: { type: 'string', default: DEFAULT_APP.key },
      secret: { type: 'string', default: DEFAULT_APP.secret },
      'allowed-origin': { type: 'string', multiple: true },
      'encryption-master-key': { type: 'string' },
      'dev-auth': { type: 'boolean', default: false },
      control: { type: 'boolean', default: false },
      'control-token': { type: 'string' },
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
  const masterKey = values['encryption-master-key'] ?? env[MASTER_KEY_ENV]
  const token = values['control-token']
  return {
    port,
    host: values.host,
    apps: [{ ...DEFAULT_APP, id: values['app-id'], key: values.key, secret: values.secret }],
    webhooks: (values.webhook ?? []).map((url) => ({ url })),
    devPage: values['dev-page'],
    ...(values['allowed-origin'] ? { allowedOrigins: values['allowed-origin'] } : {}),
    ...(masterKey ? { encryptionMasterKeyBase64: masterKey } : {}),
    ...(values['dev-auth'] ? { devAuth: true } : {}),
    ...(token ? { control: { token } } : values.control ? { control: true } : {}),
  }
}
