// PROTOCOL.md's rules and the README's limits, written again here (not imported from src) so the fuzz
// oracle is an independent reading of the spec.

export const MAX_FRAME_BYTES = 64 * 1024
export const MAX_WS_PAYLOAD = 1024 * 1024
export const MAX_JSON_DEPTH = 100
export const MAX_CLIENT_EVENT_BYTES = 10 * 1024
export const MAX_EVENT_DATA_BYTES = 10 * 1024
/** Event names, from the HTTP API and (the same cap) from clients. */
export const MAX_EVENT_NAME_LENGTH = 200
const MAX_USER_ID_LENGTH = 128
const MAX_USER_INFO_BYTES = 1024
export const USER_PREFIX = '#server-to-user-'

export type Kind = 'public' | 'private' | 'encrypted' | 'presence' | 'user'

export function validChannelName(name: unknown): name is string {
  if (typeof name !== 'string' || name === '') return false
  if (name.startsWith(USER_PREFIX)) return name.length > USER_PREFIX.length
  return name.length <= 164 && /^[-a-zA-Z0-9_=@,.;]+$/.test(name)
}

export function kindOf(name: string): Kind {
  if (name.startsWith(USER_PREFIX)) return 'user'
  if (name.startsWith('private-encrypted-')) return 'encrypted'
  if (name.startsWith('private-')) return 'private'
  if (name.startsWith('presence-')) return 'presence'
  return 'public'
}

export const isCacheChannel = (name: string) => /^(private-encrypted-|private-|presence-)?cache-/.test(name)

/** Nesting depth of a JSON value (a scalar is 0), computed without recursion. */
export function depthOf(value: unknown): number {
  let max = 0
  const stack: [unknown, number][] = [[value, 1]]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item
    if (typeof node !== 'object' || node === null) continue
    max = Math.max(max, depth)
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return max
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** PROTOCOL.md §2 presence `channel_data` rules; returns the member's user id, or undefined when invalid. */
export function presenceUserId(member: unknown): string | undefined {
  if (!isObject(member)) return undefined
  const { user_id: id, user_info: info } = member
  if (typeof id !== 'string' && typeof id !== 'number') return undefined
  const userId = String(id)
  if (userId.length === 0 || userId.length > MAX_USER_ID_LENGTH) return undefined
  if (depthOf(info) > MAX_JSON_DEPTH) return undefined
  if (info !== undefined && Buffer.byteLength(JSON.stringify(info)) > MAX_USER_INFO_BYTES) return undefined
  return userId
}

export function safeParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/** The README's "What the development server allows, and to whom": Storybook's and the examples' origins. */
export const ALLOWED_ORIGINS = new Set(
  [6006, 6007, 5173, 5174, 4173, 4174].flatMap((port) =>
    ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`),
  ),
)

/** While bound to loopback the server answers only these Host names (any port). */
export function loopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '')
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) ||
    name === '[::1]'
  )
}

export const isJsonType = (value: string | undefined) =>
  value?.split(';')[0]?.trim().toLowerCase() === 'application/json'
