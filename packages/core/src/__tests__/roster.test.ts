import { describe, expect, it } from 'vitest'
import { Roster } from '../roster'

const roster = (hash: Record<string, unknown>, me?: string) => {
  const r = new Roster()
  r.replace(hash, me)
  return r
}
const ids = (r: Roster) => r.snapshot('subscribed', undefined).members.map((m) => m.id)

describe('Roster (structural sharing)', () => {
  it('keeps join order and every untouched member object; snapshots never change afterwards', () => {
    const r = roster({ a: { name: 'A' }, b: { name: 'B' } })
    const initial = r.snapshot('subscribed', undefined)
    r.add('c', { name: 'C' })
    const joined = r.snapshot('subscribed', undefined)
    expect(joined.members.map((m) => m.id)).toEqual(['a', 'b', 'c'])
    expect(joined.members).not.toBe(initial.members)
    expect(joined.byId).not.toBe(initial.byId)
    expect(joined.byId.get('a')).toBe(initial.byId.get('a'))
    expect(joined.members[1]).toBe(initial.members[1])
    // The snapshot handed out before the join is untouched.
    expect(initial.members.map((m) => m.id)).toEqual(['a', 'b'])
    expect([...initial.byId.keys()]).toEqual(['a', 'b'])

    r.remove('a')
    const left = r.snapshot('subscribed', undefined)
    expect(left.members.map((m) => m.id)).toEqual(['b', 'c'])
    expect(left.byId.get('c')).toBe(joined.byId.get('c'))
    expect(left.byId.has('a')).toBe(false)
    expect(joined.byId.has('a')).toBe(true)
  })

  it('returns the same snapshot for no-ops and for the same status', () => {
    const r = roster({ a: { name: 'A' }, b: { name: 'B' } })
    const initial = r.snapshot('subscribed', undefined)
    r.add('a', { name: 'A' })
    r.remove('zzz')
    r.replace({ a: { name: 'A' }, b: { name: 'B' } }, undefined)
    expect(r.snapshot('subscribed', undefined)).toBe(initial)
  })

  it('a known id with new info is replaced in place; a re-join after leaving goes last', () => {
    const r = roster({ a: { name: 'A' }, b: { name: 'B' } })
    const before = r.snapshot('subscribed', undefined)
    r.add('a', { name: 'Alice' })
    const renamed = r.snapshot('subscribed', undefined)
    expect(ids(r)).toEqual(['a', 'b'])
    expect(renamed.byId.get('a')?.info).toEqual({ name: 'Alice' })
    expect(renamed.byId.get('b')).toBe(before.byId.get('b'))
    r.remove('a')
    r.add('a', { name: 'Alice' })
    expect(ids(r)).toEqual(['b', 'a'])
  })

  it('a fresh roster (resubscribe) drops ghosts, appends newcomers, reuses equal members', () => {
    const r = roster({ a: { name: 'A' }, b: { name: 'B' } })
    const before = r.snapshot('subscribed', undefined)
    r.replace({ b: { name: 'B' }, d: { name: 'D' } }, undefined)
    const next = r.snapshot('subscribed', undefined)
    expect(next.members.map((m) => m.id)).toEqual(['b', 'd'])
    expect(next.byId.get('b')).toBe(before.byId.get('b'))
  })

  it('snapshots take me from the roster, and are stale unless subscribed', () => {
    const r = roster({ a: {}, b: {} }, 'b')
    const live = r.snapshot('subscribed', undefined)
    expect(live).toMatchObject({ count: 2, stale: false })
    expect(live.me).toBe(live.byId.get('b'))
    const stale = r.snapshot('unsubscribed', undefined)
    expect(stale).toMatchObject({ status: 'unsubscribed', count: 2, stale: true })
    // A status change alone keeps the member list and map.
    expect(stale.members).toBe(live.members)
    expect(stale.byId).toBe(live.byId)
    expect(roster({ a: {} }).snapshot('subscribed', undefined).me).toBeUndefined()
  })

  it('ids that are Object.prototype properties are plain members', () => {
    const r = roster(JSON.parse('{"__proto__": {"name": "P"}, "constructor": {}}'))
    r.add('toString', { name: 'T' })
    expect(ids(r)).toEqual(['__proto__', 'constructor', 'toString'])
    expect(r.snapshot('subscribed', undefined).byId.get('__proto__')?.info).toEqual({ name: 'P' })
  })
})
