import type { IncomingMessage, ServerResponse } from 'node:http'
import { isIP } from 'node:net'

const PROJECT_PORTS = [
  6006, // Storybook (React, with the Vue one composed in)
  6007, // Storybook (Vue)
  5173, // examples/react-chat (vite dev)
  5174, // examples/vue-chat (vite dev)
  4173, // vite preview
  4174, // vite preview, second app
]

/**
 * The origins of the pages this project serves: Storybook and the example apps, on localhost and loopback
 * addresses. `allowedOrigins` adds to them.
 */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = Object.freeze(
  PROJECT_PORTS.flatMap((port) =>
    ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`),
  ),
)

/** Who may talk to the server from a browser, and under which Host names. */
export interface AccessPolicy {
  origins: ReadonlySet<string>
  /** Bound to a loopback address: only loopback Host names are answered (DNS rebinding). */
  loopbackOnly: boolean
}

/** `http://localhost:3000/` → `http://localhost:3000`; undefined when `value` is not an http(s) origin. */
export function normalizeOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    return undefined
  }
  return url.origin
}

export function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (name === 'localhost' || name.endsWith('.localhost')) return true
  if (isIP(name) === 4) return name.startsWith('127.')
  return name === '::1' || /^::ffff:127\./.test(name)
}

/** The hostname of a Host header (`name:port`, `[v6]:port`), lowercased. */
function hostnameOf(host: string): string {
  const bracket = /^\[([^\]]*)\]/.exec(host)
  if (bracket) return `[${bracket[1]}]`
  return host.replace(/:\d*$/, '').toLowerCase()
}

const allowHint = (origin: string) =>
  `allow it with startServer({ allowedOrigins: [${JSON.stringify(origin)}] }) or channelkit-server --allowed-origin ${origin}`

/**
 * Why a request (HTTP or WebSocket upgrade) is refused, or undefined. Requests without an Origin come from
 * no browser (the SDK, pusher-js in Node, curl) and pass; a browser always names the page's origin.
 */
export function accessProblem(policy: AccessPolicy, request: IncomingMessage): string | undefined {
  const host = request.headers.host
  if (policy.loopbackOnly && host !== undefined && !isLoopbackName(hostnameOf(host))) {
    return `Host ${host} is not a loopback name: this development server listens on loopback and answers only localhost, 127.0.0.1 or [::1] (DNS rebinding protection)`
  }
  const origin = request.headers.origin
  if (origin === undefined || policy.origins.has(origin)) return undefined
  return `Origin ${origin} is not allowed by this development server: ${allowHint(origin)}`
}

/** CORS for allowed origins only (the caller has already refused the others). */
export function setCors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Vary', 'Origin')
  const origin = request.headers.origin
  if (origin === undefined) return
  response.setHeader('Access-Control-Allow-Origin', origin)
  response.setHeader('Access-Control-Allow-Credentials', 'true')
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS')
  // An allowed page may send its own headers (pusher-js's `channelAuthorization.headers`).
  response.setHeader(
    'Access-Control-Allow-Headers',
    request.headers['access-control-request-headers'] ?? 'Content-Type, Authorization, X-ChannelKit-User',
  )
  response.setHeader('Access-Control-Max-Age', '600')
  if (request.headers['access-control-request-private-network'] === 'true') {
    response.setHeader('Access-Control-Allow-Private-Network', 'true')
  }
}

/** True for `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(value: string | undefined): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json'
}
