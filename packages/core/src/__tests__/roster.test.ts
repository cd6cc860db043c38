import { describe, expect, it } from 'vitest'
import { addMember, EMPTY_ROSTER, presenceSnapshot, removeMember, replaceRoster } from '../presence'

describe('presence roster (structural sharing)', () => {
  const initial = replaceRoster(EMPTY_ROSTER, { a: { name: 'A' }, b: { name: 'B' } })

  it('keeps join order and every untouched member object', () => {
    const joined = addMember(initial, 'c', { name: 'C' })
    expect(joined.members.map((m) => m.id)).toEqual(['a', 'b', 'c'])
    expect(joined.members).not.toBe(initial.members)
    expect(joined.byId).not.toBe(initial.byId)
    expect(joined.byId.get('a')).toBe(initial.byId.get('a'))
    expect(joined.members[1]).toBe(initial.members[1])

    const left = removeMember(joined, 'a')
    expect(left.members.map((m) => m.id)).toEqual(['b', 'c'])
    expect(left.byId.get('c')).toBe(joined.byId.get('c'))
    expect(left.byId.has('a')).toBe(false)
  })

  it('returns the same roster for no-ops', () => {
    expect(addMember(initial, 'a', { name: 'A' })).toBe(initial)
    expect(removeMember(initial, 'zzz')).toBe(initial)
    expect(replaceRoster(initial, { a: { name: 'A' }, b: { name: 'B' } })).toBe(initial)
  })

  it('a known id with new info is replaced in place', () => {
    const renamed = addMember(initial, 'a', { name: 'Alice' })
    expect(renamed.members.map((m) => m.id)).toEqual(['a', 'b'])
    expect(renamed.byId.get('a')?.info).toEqual({ name: 'Alice' })
    expect(renamed.byId.get('b')).toBe(initial.byId.get('b'))
  })

  it('a fresh roster (resubscribe) drops ghosts, appends newcomers, reuses equal members', () => {
    const next = replaceRoster(initial, { b: { name: 'B' }, d: { name: 'D' } })
    expect(next.members.map((m) => m.id)).toEqual(['b', 'd'])
    expect(next.byId.get('b')).toBe(initial.byId.get('b'))
  })

  it('snapshots take me from the roster', () => {
    const snapshot = presenceSnapshot('subscribed', initial, 'b')
    expect(snapshot.me).toBe(initial.byId.get('b'))
    expect(snapshot.count).toBe(2)
    expect(presenceSnapshot('subscribed', initial, undefined).me).toBeUndefined()
  })
})
