import { codeOf } from '@channelkit/test-utils'
import { describe, expect, it } from 'vitest'
import { validateClientEvent } from '../clientEvents'
import { shallowEqual, validateChannelName } from '../index'
import { IDLE_PRESENCE, initialChannelSnapshot } from '../snapshots'
import { channelKind, isCacheChannel } from '../validation'

describe('validateChannelName', () => {
  it.each([
    'chat',
    'private-chat',
    'presence-room.1',
    'private-encrypted-x',
    'cache-a',
    '-_=@,.;',
    'a'.repeat(164),
  ])('accepts %s', (name) => {
    expect(() => validateChannelName(name)).not.toThrow()
  })

  it.each([
    ['', 'non-empty'],
    ['a'.repeat(165), 'at most 164'],
    ['#server-to-user-1', 'reserved'],
    ['chat room', 'only letters'],
    ['a/b', 'only letters'],
    ['ünïcode', 'only letters'],
  ])('rejects %j with a message saying why', (name, why) => {
    expect(() => validateChannelName(name)).toThrowError(
      expect.objectContaining({ code: 'invalid_channel_name' }),
    )
    expect(() => validateChannelName(name)).toThrow(why)
  })

  it('rejects non-strings', () => {
    expect(codeOf(() => validateChannelName(undefined))).toBe('invalid_channel_name')
    expect(codeOf(() => validateChannelName(42))).toBe('invalid_channel_name')
  })
})

describe('channelKind and cache channels', () => {
  it.each([
    ['chat', 'public', false],
    ['cache-chat', 'public', true],
    ['private-chat', 'private', false],
    ['private-cache-chat', 'private', true],
    ['presence-room', 'presence', false],
    ['presence-cache-room', 'presence', true],
    ['private-encrypted-x', 'encrypted', false],
    ['private-encrypted-cache-x', 'encrypted', true],
  ])('%s is %s (cache: %s)', (name, kind, cache) => {
    expect(channelKind(name)).toBe(kind)
    expect(isCacheChannel(name)).toBe(cache)
    expect(initialChannelSnapshot(name)).toEqual({
      name,
      kind,
      cache,
      status: 'unsubscribed',
      error: undefined,
      subscriptionCount: undefined,
      cacheMiss: undefined,
    })
  })
})

describe('validateClientEvent', () => {
  it('returns the payload, {} for undefined', () => {
    expect(validateClientEvent('private-a', 'client-x', { a: 1 })).toEqual({ a: 1 })
    expect(validateClientEvent('presence-a', 'client-x')).toEqual({})
    expect(validateClientEvent('private-cache-a', 'client-x', 'text')).toBe('text')
  })

  it('invalid_event_name', () => {
    expect(codeOf(() => validateClientEvent('private-a', 'typing', {}))).toBe('invalid_event_name')
    expect(() => validateClientEvent('private-a', 'typing', {})).toThrow('must start with "client-"')
    expect(codeOf(() => validateClientEvent('private-a', `client-${'x'.repeat(194)}`, {}))).toBe(
      'invalid_event_name',
    )
  })

  it('client_event_not_allowed on public, cache-only and encrypted channels', () => {
    for (const channel of ['chat', 'cache-chat', 'private-encrypted-x', 'private-encrypted-cache-x']) {
      expect(codeOf(() => validateClientEvent(channel, 'client-x', {}))).toBe('client_event_not_allowed')
    }
    expect(() => validateClientEvent('chat', 'client-x', {})).toThrow('use a private- or presence- channel')
  })

  it('payload_not_serializable for BigInt, cycles and functions', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    for (const data of [{ n: 1n }, cycle, () => 1, Symbol('x')]) {
      expect(codeOf(() => validateClientEvent('private-a', 'client-x', data))).toBe(
        'payload_not_serializable',
      )
    }
  })

  it('payload_too_large above 10240 bytes of UTF-8 JSON', () => {
    const fits = 'a'.repeat(10240 - 2) // the quotes make 10240
    expect(() => validateClientEvent('private-a', 'client-x', fits)).not.toThrow()
    expect(codeOf(() => validateClientEvent('private-a', 'client-x', `${fits}a`))).toBe('payload_too_large')
    // 'é' is 2 bytes: counted in bytes, not characters.
    expect(codeOf(() => validateClientEvent('private-a', 'client-x', 'é'.repeat(5200)))).toBe(
      'payload_too_large',
    )
  })
})

describe('helpers for adapters', () => {
  it('shallowEqual compares one level deep', () => {
    const member = { id: 'a' }
    expect(shallowEqual({ a: 1, m: member }, { a: 1, m: member })).toBe(true)
    expect(shallowEqual({ a: 1, m: member }, { a: 1, m: { id: 'a' } })).toBe(false)
    expect(shallowEqual([1, member], [1, member])).toBe(true)
    expect(shallowEqual([1], [1, 2])).toBe(false)
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(shallowEqual([1], { 0: 1 })).toBe(false)
    expect(shallowEqual(Number.NaN, Number.NaN)).toBe(true)
    expect(shallowEqual(null, {})).toBe(false)
    expect(shallowEqual(new Map(), new Map())).toBe(false)
  })

  it('IDLE_PRESENCE is the empty, stale roster', () => {
    expect(Object.isFrozen(IDLE_PRESENCE)).toBe(true)
    expect(IDLE_PRESENCE).toMatchObject({
      stale: true,
      status: 'unsubscribed',
      members: [],
      count: 0,
      me: undefined,
    })
  })
})
