import type { Member, PresenceSnapshot, SubscriptionError } from './types'

export interface Roster {
  members: readonly Member[]
  byId: ReadonlyMap<string, Member>
}

export const EMPTY_ROSTER: Roster = { members: [], byId: new Map() }

/** pusher-js `Members` as far as we read it. */
export interface PusherMembers {
  members: Record<string, unknown>
  myID: unknown
}

function sameInfo(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}

function fromList(members: Member[]): Roster {
  return { members, byId: new Map(members.map((m) => [m.id, m])) }
}

/**
 * The roster from a fresh pusher-js member list (first subscription or resubscription): members already
 * known keep their place and, when id and info are unchanged, their object; newcomers are appended.
 */
export function replaceRoster(previous: Roster, hash: Record<string, unknown>): Roster {
  const next: Member[] = []
  let changed = false
  for (const member of previous.members) {
    if (!Object.hasOwn(hash, member.id)) {
      changed = true
      continue
    }
    const info = hash[member.id]
    if (sameInfo(member.info, info)) next.push(member)
    else {
      next.push({ id: member.id, info })
      changed = true
    }
  }
  for (const id of Object.keys(hash)) {
    if (!previous.byId.has(id)) {
      next.push({ id, info: hash[id] })
      changed = true
    }
  }
  return changed ? fromList(next) : previous
}

/** A join: appended, or replaced in place when the id is known with other info. */
export function addMember(roster: Roster, id: string, info: unknown): Roster {
  const existing = roster.byId.get(id)
  if (existing) {
    if (sameInfo(existing.info, info)) return roster
    const member = { id, info }
    return fromList(roster.members.map((m) => (m.id === id ? member : m)))
  }
  const member = { id, info }
  const byId = new Map(roster.byId)
  byId.set(id, member)
  return { members: [...roster.members, member], byId }
}

export function removeMember(roster: Roster, id: string): Roster {
  if (!roster.byId.has(id)) return roster
  const byId = new Map(roster.byId)
  byId.delete(id)
  return { members: roster.members.filter((m) => m.id !== id), byId }
}

export function presenceSnapshot(
  status: PresenceSnapshot['status'],
  roster: Roster,
  myId: string | undefined,
  error?: SubscriptionError,
): PresenceSnapshot {
  return {
    status,
    me: myId === undefined ? undefined : roster.byId.get(myId),
    members: roster.members,
    byId: roster.byId,
    count: roster.members.length,
    error,
  }
}
