import type { ChannelStatus, Member, PresenceSnapshot, SubscriptionError } from './types'

const sameInfo = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}

/**
 * The members of one presence channel in join order (the initial roster in the server's order): a Map,
 * whose insertion order is the join order. Snapshots are immutable and share every member object that did
 * not change, so selectors such as `s => s.byId.get('alice')` keep their value. The map is copied only when
 * a change follows a snapshot that handed it out, and the list is built when a snapshot is read: a burst of
 * joins costs O(1) each plus O(n) per read, not O(n) per join.
 */
export class Roster {
  private _byId = new Map<string, Member>()
  /** Whether `byId` was handed out in a snapshot (copy it before the next change). */
  private _shared = false
  private _cached: PresenceSnapshot | undefined
  private _myId: string | undefined

  private _writable(): Map<string, Member> {
    if (this._shared) {
      this._byId = new Map(this._byId)
      this._shared = false
    }
    this._cached = undefined
    return this._byId
  }

  /** A fresh member list (first subscription or resubscription): known members keep place and object. */
  replace(hash: Record<string, unknown>, myId: unknown): void {
    const next = new Map<string, Member>()
    let changed = false
    for (const member of this._byId.values()) {
      if (!Object.hasOwn(hash, member.id)) changed = true
      else if (sameInfo(member.info, hash[member.id])) next.set(member.id, member)
      else {
        next.set(member.id, { id: member.id, info: hash[member.id] })
        changed = true
      }
    }
    for (const id of Object.keys(hash)) {
      if (!next.has(id)) {
        next.set(id, { id, info: hash[id] })
        changed = true
      }
    }
    const me = myId == null ? undefined : String(myId)
    if (!changed && me === this._myId) return
    this._myId = me
    this._byId = next
    this._shared = false
    this._cached = undefined
  }

  /** A join: appended, or replaced in place when the id is known with other info. */
  add(id: string, info: unknown): void {
    const existing = this._byId.get(id)
    if (existing && sameInfo(existing.info, info)) return
    this._writable().set(id, { id, info })
  }

  remove(id: string): void {
    if (this._byId.has(id)) this._writable().delete(id)
  }

  snapshot(status: ChannelStatus, error: SubscriptionError | undefined): PresenceSnapshot {
    const cached = this._cached
    if (cached && cached.status === status && cached.error === error) return cached
    // A status change alone keeps the member list of the previous snapshot.
    const members = cached ? cached.members : [...this._byId.values()]
    this._shared = true
    this._cached = {
      status,
      me: this._myId === undefined ? undefined : this._byId.get(this._myId),
      members,
      byId: this._byId,
      count: members.length,
      error,
      stale: status !== 'subscribed',
    }
    return this._cached
  }
}
