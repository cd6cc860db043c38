import { normalizeOrigin } from './access'
import { DEFAULT_COUNT_THROTTLE_MS } from './defaults'
import { ServerConfigError } from './errors'
import type { AppConfig, ServerOptions, WebhookConfig } from './types'

const MAX_TIMER_MS = 2 ** 31 - 1

function fail(message: string): never {
  throw new ServerConfigError(message)
}

function isMasterKey(value: unknown): boolean {
  return typeof value === 'string' && Buffer.from(value, 'base64').length === 32
}

function checkWebhook(webhook: WebhookConfig, where: string): void {
  let url: URL | undefined
  try {
    url = new URL(webhook.url)
  } catch {}
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fail(`${where}: webhook url ${JSON.stringify(webhook.url)} must be an absolute http(s) URL`)
  }
}

function checkApp(app: AppConfig, index: number): void {
  const where = `apps[${index}]`
  for (const field of ['id', 'key', 'secret'] as const) {
    if (typeof app[field] !== 'string' || app[field] === '')
      fail(`${where}.${field} must be a non-empty string`)
  }
  if (app.key.includes(':') || app.key.includes('/')) fail(`${where}.key must not contain ":" or "/"`)
  if (
    app.maxConnections !== undefined &&
    !(Number.isInteger(app.maxConnections) && app.maxConnections >= 0)
  ) {
    fail(`${where}.maxConnections must be a non-negative integer`)
  }
  const masterKey = app.encryptionMasterKeyBase64
  if (masterKey !== undefined && !isMasterKey(masterKey)) {
    fail(
      `${where}.encryptionMasterKeyBase64 must be 32 bytes, base64-encoded (e.g. \`openssl rand -base64 32\`)`,
    )
  }
  for (const webhook of app.webhooks ?? []) checkWebhook(webhook, where)
}

/** Throws a ServerConfigError naming the option to fix. */
export function validateOptions(options: ServerOptions, apps: AppConfig[]): void {
  if (apps.length === 0) fail('apps must name at least one app')
  apps.forEach(checkApp)
  const ids = new Set(apps.map((a) => a.id))
  const keys = new Set(apps.map((a) => a.key))
  if (ids.size !== apps.length) fail('apps: every app needs its own id')
  if (keys.size !== apps.length) fail('apps: every app needs its own key')
  const { port } = options
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    fail(`port must be an integer from 0 to 65535 (0 picks a free port), got ${port}`)
  }
  for (const name of [
    'activityTimeout',
    'pongTimeout',
    'maxFrameBytes',
    'maxBufferedBytes',
    'webhookTimeoutMs',
  ] as const) {
    const value = options[name]
    if (value !== undefined && !(Number.isFinite(value) && value > 0))
      fail(`${name} must be a positive number`)
  }
  for (const name of [
    'webhookBatchMs',
    'webhookLeaveDelayMs',
    'webhookRetryMs',
    'cacheTtl',
    'userAuthenticationTimeout',
  ] as const) {
    const value = options[name]
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) fail(`${name} must be a number ≥ 0`)
  }
  const throttle = options.subscriptionCountThrottleMs
  // setTimeout turns longer delays into 1 ms, which would silently undo the throttle.
  if (throttle !== undefined && !(Number.isFinite(throttle) && throttle >= 0 && throttle <= MAX_TIMER_MS)) {
    fail(
      `subscriptionCountThrottleMs must be a number of milliseconds from 0 to ${MAX_TIMER_MS} (default ${DEFAULT_COUNT_THROTTLE_MS}; 0 sends every change), got ${throttle}`,
    )
  }
  const attempts = options.webhookMaxAttempts
  if (attempts !== undefined && !(Number.isInteger(attempts) && attempts >= 1)) {
    fail('webhookMaxAttempts must be an integer ≥ 1')
  }
  for (const webhook of options.webhooks ?? []) checkWebhook(webhook, 'webhooks')
  const concurrency = options.webhookConcurrency
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    fail('webhookConcurrency must be an integer ≥ 1')
  }
  const masterKey = options.encryptionMasterKeyBase64
  if (masterKey !== undefined && !isMasterKey(masterKey)) {
    fail(`encryptionMasterKeyBase64 must be 32 bytes, base64-encoded (e.g. \`openssl rand -base64 32\`)`)
  }
  const { control } = options
  if (control !== undefined && typeof control !== 'boolean') {
    if (typeof control !== 'object' || control === null) fail('control must be true, false or { token? }')
    const { token } = control
    // Printable ASCII: it travels in an Authorization header.
    if (token !== undefined && !(typeof token === 'string' && /^[\x21-\x7e]{16,}$/.test(token))) {
      fail('control.token must be at least 16 printable characters without spaces (default: random per run)')
    }
  }
  if (options.allowedOrigins !== undefined && !Array.isArray(options.allowedOrigins)) {
    fail('allowedOrigins must be an array of origins, e.g. ["http://localhost:3000"]')
  }
  options.allowedOrigins?.forEach((origin, i) => {
    if (normalizeOrigin(origin) === undefined) {
      fail(
        `allowedOrigins[${i}] ${JSON.stringify(origin)} is not an origin: write it as scheme://host[:port], e.g. http://localhost:3000`,
      )
    }
  })
}
