import type { Connection } from './connection'
import { jsonTooDeep, MAX_JSON_DEPTH } from './jsonDepth'

export const MAX_PRESENCE_MEMBERS = 100
export const MAX_USER_ID_LENGTH = 128
export const MAX_USER_INFO_BYTES = 1024

export interface PresenceMember {
  user_id: string
  user_info?: unknown
}

interface Entry {
  info: unknown
  connections: Set<Connection>
}

/** One entry per user id, however many connections that user has on the channel. */
export class PresenceRoster {
  private readonly members = new Map<string, Entry>()

  get size(): number {
    return this.members.size
  }

  has(userId: string): boolean {
    return this.members.has(userId)
  }

  /** Returns true when this is the user's first connection (a new member). */
  add(connection: Connection, member: PresenceMember): boolean {
    const entry = this.members.get(member.user_id)
    if (entry) {
      entry.connections.add(connection)
      return false
    }
    this.members.set(member.user_id, { info: member.user_info, connections: new Set([connection]) })
    return true
  }

  /** Returns true when this was the user's last connection (the member left). */
  remove(connection: Connection, userId: string): boolean {
    const entry = this.members.get(userId)
    if (!entry) return false
    entry.connections.delete(connection)
    if (entry.connections.size > 0) return false
    this.members.delete(userId)
    return true
  }

  ids(): string[] {
    return [...this.members.keys()]
  }

  snapshot(): Map<string, unknown> {
    return new Map([...this.members].map(([id, entry]) => [id, entry.info]))
  }

  /** The `presence` object of `pusher_internal:subscription_succeeded`. */
  toSubscriptionData(): { presence: { ids: string[]; hash: Record<string, unknown>; count: number } } {
    // No prototype: a user id "__proto__" must be an entry, not a prototype swap that JSON drops.
    const hash: Record<string, unknown> = Object.create(null)
    for (const [id, entry] of this.members) hash[id] = entry.info ?? null
    return { presence: { ids: this.ids(), hash, count: this.members.size } }
  }
}

/** Validates presence `channel_data` (already JSON-parsed). Returns the member or a problem. */
export function parsePresenceMember(value: unknown): PresenceMember | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'channel_data must be a JSON object with a user_id'
  }
  const { user_id: rawId, user_info: info } = value as { user_id?: unknown; user_info?: unknown }
  if (typeof rawId !== 'string' && typeof rawId !== 'number') {
    return 'channel_data.user_id must be a string or a number'
  }
  const userId = String(rawId)
  if (userId.length === 0 || userId.length > MAX_USER_ID_LENGTH) {
    return `channel_data.user_id must have 1 to ${MAX_USER_ID_LENGTH} characters`
  }
  if (jsonTooDeep(info)) {
    return `channel_data.user_info is nested more than ${MAX_JSON_DEPTH} levels deep`
  }
  if (info !== undefined && Buffer.byteLength(JSON.stringify(info)) > MAX_USER_INFO_BYTES) {
    return `channel_data.user_info is over ${MAX_USER_INFO_BYTES} bytes`
  }
  return info === undefined ? { user_id: userId } : { user_id: userId, user_info: info }
}
