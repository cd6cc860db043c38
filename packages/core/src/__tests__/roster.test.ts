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

  it('byId is a read-only map of the snapshot: size, order, lookups, iteration', () => {
    const r = roster({ a: { name: 'A' }, b: { name: 'B' } })
    r.add('c', { name: 'C' })
    const { byId, members } = r.snapshot('subscribed', undefined)
    expect(byId.size).toBe(3)
    expect([...byId.keys()]).toEqual(['a', 'b', 'c'])
    expect([...byId.values()]).toEqual(members)
    expect(new Map(byId)).toEqual(new Map(members.map((m) => [m.id, m])))
    const seen: string[] = []
    byId.forEach((member, id) => {
      seen.push(`${id}:${(member.info as { name: string }).name}`)
    })
    expect(seen).toEqual(['a:A', 'b:B', 'c:C'])
    expect(byId.has('d')).toBe(false)
    expect(byId.get('d')).toBeUndefined()
  })

  it('old snapshots keep what they showed through leaves, re-joins with new info and compaction', () => {
    const r = roster({ a: { n: 1 }, b: { n: 1 } })
    for (let i = 0; i < 100; i++) r.add(`u${i}`, { n: i })
    const before = r.snapshot('subscribed', undefined)
    const beforeIds = before.members.map((m) => m.id)
    // Most leave (the roster compacts), a and u5 come back with other info, b changes info in place.
    for (let i = 0; i < 100; i++) r.remove(`u${i}`)
    r.remove('a')
    r.add('a', { n: 2 })
    r.add('u5', { n: 'back' })
    r.add('b', { n: 2 })
    const after = r.snapshot('subscribed', undefined)
    expect(after.members.map((m) => [m.id, m.info])).toEqual([
      ['b', { n: 2 }],
      ['a', { n: 2 }],
      ['u5', { n: 'back' }],
    ])
    expect(before.members.map((m) => m.id)).toEqual(beforeIds)
    expect(before.count).toBe(102)
    expect(before.byId.get('a')?.info).toEqual({ n: 1 })
    expect(before.byId.get('b')?.info).toEqual({ n: 1 })
    expect(before.byId.get('u5')?.info).toEqual({ n: 5 })
    expect(before.byId.get('u99')).toBe(before.members[101])
    expect(after.byId.get('u99')).toBeUndefined()
  })

  // 14.5 s for 10,000 joins before (each join copied the map and the list once a reader had seen them). The
  // loop yields to the event loop now and then, so a quadratic roster (minutes here) fails at the timeout.
  it('a burst of 20,000 joins and leaves with a reader after each copies nothing', {
    timeout: 10_000,
  }, async () => {
    const r = roster({ me: {} }, 'me')
    const breathe = () => new Promise((resolve) => setImmediate(resolve))
    let reads = 0
    for (let i = 0; i < 20_000; i++) {
      r.add(`u${i}`, { i })
      const s = r.snapshot('subscribed', undefined)
      if (s.count === i + 2 && s.byId.get('me') === s.me && s.byId.has(`u${i}`)) reads++
      if (i % 500 === 0) await breathe()
    }
    for (let i = 0; i < 20_000; i += 2) {
      r.remove(`u${i}`)
      if (r.snapshot('subscribed', undefined).byId.get(`u${i + 1}`)?.info) reads++
      if (i % 500 === 0) await breathe()
    }
    expect(reads).toBe(30_000)
    const last = r.snapshot('subscribed', undefined)
    expect(last.count).toBe(10_001)
    expect(last.members[1]).toEqual({ id: 'u1', info: { i: 1 } })
  })
})
