import type { ChannelStatus, Member, PresenceSnapshot, SubscriptionError } from './types'

const sameInfo = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}

/** A member in join order, present from version `_from` until (not including) `_to`. */
interface Slot {
  _member: Member
  _from: number
  _to: number
}

const memberAt = (slot: Slot, v: number): Member | undefined =>
  slot._from <= v && v < slot._to ? slot._member : undefined

/**
 * The members of one presence channel in join order (the initial roster in the server's order). Snapshots
 * are immutable and share every member object that did not change, so selectors such as
 * `s => s.byId.get('alice')` keep their value. Nothing is copied per change: the roster keeps each member's
 * history by version, and a snapshot reads one version. A join, a leave, a snapshot and `byId.get` cost
 * O(1); `members` (and, for iteration, a Map) is built once per snapshot that is read for it. So a burst of
 * n changes with a reader after each (a `count` or `byId.get` selector) costs O(n), not O(n²).
 */
export class Roster {
  private _v = 0
  /** Join order; the slots of members who left stay until the next compaction (older snapshots read them). */
  private _slots: Slot[] = []
  /** id → its slot while present. */
  private _present = new Map<string, Slot>()
  /** id → its newest slot, present or not: where snapshots look ids up. */
  private _latest = new Map<string, Slot>()
  private _gone = 0
  /** `byId` and `members` of the current version, shared by the snapshots of different statuses. */
  private _byId: ReadonlyMap<string, Member> | undefined
  private _list: (() => Member[]) | undefined
  private _cached: PresenceSnapshot | undefined
  private _myId: string | undefined

  /** A fresh member list (first subscription or resubscription): known members keep place and object. */
  replace(hash: Record<string, unknown>, myId: unknown): void {
    const me = myId == null ? undefined : String(myId)
    if (me !== this._myId) {
      this._myId = me
      this._cached = undefined
    }
    for (const id of [...this._present.keys()]) if (!Object.hasOwn(hash, id)) this.remove(id)
    for (const id of Object.keys(hash)) this.add(id, hash[id])
  }

  /**
   * A join: appended. A known id with other info keeps its place with a new member object; that copies the
   * order (O(n), rare) so that the snapshots handed out keep theirs.
   */
  add(id: string, info: unknown): void {
    const old = this._present.get(id)
    if (old && sameInfo(old._member.info, info)) return
    const v = ++this._v
    const slot: Slot = { _member: { id, info }, _from: v, _to: Infinity }
    if (old) {
      old._to = v
      this._slots = this._slots.map((each) => (each === old ? slot : each))
    } else this._slots.push(slot)
    this._present.set(id, slot)
    this._latest.set(id, slot)
    this._byId = this._cached = undefined
  }

  remove(id: string): void {
    const slot = this._present.get(id)
    if (!slot) return
    slot._to = ++this._v
    this._present.delete(id)
    this._byId = this._cached = undefined
    // Once those who left outnumber those present, their slots go (amortized O(1) per leave), into new
    // arrays and maps: the snapshots handed out keep the old ones.
    if (++this._gone <= this._present.size + 32) return
    this._gone = 0
    this._slots = [...this._present.values()]
    this._latest = new Map(this._present)
  }

  snapshot(status: ChannelStatus, error: SubscriptionError | undefined): PresenceSnapshot {
    const cached = this._cached
    if (cached && cached.status === status && cached.error === error) return cached
    // A status change alone keeps the map (and so the member list) of the previous snapshot.
    if (!this._byId) {
      const { _slots: slots, _latest: latest, _v: v } = this
      const length = slots.length
      let members: Member[] | undefined
      let map: Map<string, Member> | undefined
      const list = (): Member[] => {
        if (!members) {
          members = []
          for (let i = 0; i < length; i++) {
            const member = memberAt(slots[i]!, v)
            if (member) members.push(member)
          }
        }
        return members
      }
      // Iterating (and an id that changed since) reads a Map built once from the list.
      const all = () => (map ??= new Map(list().map((member) => [member.id, member])))
      const get = (id: string) => {
        const slot = latest.get(id)
        return !slot || slot._from <= v ? slot && memberAt(slot, v) : all().get(id)
      }
      this._byId = {
        get,
        has: (id) => get(id) !== undefined,
        size: this._present.size,
        forEach: (callback, thisArg) => all().forEach(callback, thisArg),
        entries: () => all().entries(),
        keys: () => all().keys(),
        values: () => all().values(),
        [Symbol.iterator]: () => all().entries(),
      } as ReadonlyMap<string, Member>
      this._list = list
    }
    const byId = this._byId
    const list = this._list!
    const mine = this._myId === undefined ? undefined : this._present.get(this._myId)
    this._cached = {
      status,
      me: mine?._member,
      get members() {
        return list()
      },
      byId,
      count: byId.size,
      error,
      stale: status !== 'subscribed',
    }
    return this._cached
  }
}
