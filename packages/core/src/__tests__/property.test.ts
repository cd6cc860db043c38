import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { channelStore, listen, presenceStore } from '../adapter'
import { validateClientEvent } from '../clientEvents'
import { ChannelKitError, type ChannelKitErrorCode } from '../errors'
import { validateChannelName } from '../index'
import type { ChannelSnapshot } from '../types'
import { shown } from '../validation'
import { makeKit, until, withServer } from './harness'

// Property tests over random and adversarial input: core refuses exactly what PROTOCOL.md refuses, with a
// documented ChannelKitError, and never throws anything else. The oracles below are written from
// PROTOCOL.md and the README, not from validation.ts.

/** The codes the README lists under "Error codes". */
const DOCUMENTED = new Set(
  readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    .split('## Error codes')[1]!
    .match(/`[a-z_]+`/g)!
    .map((code) => code.slice(1, -1)),
)

// `pnpm soak` runs this file with CK_PROPERTY_SCALE=50 (property.soak.ts).
const scale = Number(process.env.CK_PROPERTY_SCALE ?? 1)
const runs = (n: number) => n * scale

type Outcome = 'ok' | ChannelKitErrorCode

/** What `fn` did: 'ok', or the code of the ChannelKitError it threw. Anything else thrown fails the test. */
function outcome(fn: () => unknown): Outcome {
  try {
    fn()
    return 'ok'
  } catch (error) {
    if (!(error instanceof ChannelKitError)) throw new Error(`threw a non-ChannelKitError: ${String(error)}`)
    expect(DOCUMENTED.has(error.code), `undocumented code ${error.code}`).toBe(true)
    expect(error.message.length).toBeGreaterThan(20)
    return error.code
  }
}

// ---- Oracles (PROTOCOL.md §2, §3 and core's README "Client events") ----

const CHANNEL_CHARS = new Set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=@,.;')

// pusher-js 8 keeps channels in a plain object: these names resolve to Object.prototype members there
// (`channels.add('toString')` returns a function), so no client can hold them. Found by this test.
const BUILT_IN = new Set(Object.getOwnPropertyNames(Object.prototype))

/** §2: 1 to 164 characters of [-a-zA-Z0-9_=@,.;]; '#' (#server-to-user-…) is reserved, so outside. */
function protocolAllowsChannel(name: unknown): name is string {
  if (typeof name !== 'string' || name.length < 1 || name.length > 164) return false
  for (const char of name) if (!CHANNEL_CHARS.has(char)) return false
  return !BUILT_IN.has(name)
}

type Kind = 'public' | 'private' | 'presence' | 'encrypted'
function kindOf(name: string): Kind {
  if (name.slice(0, 18) === 'private-encrypted-') return 'encrypted'
  if (name.slice(0, 8) === 'private-') return 'private'
  if (name.slice(0, 9) === 'presence-') return 'presence'
  return 'public'
}

const CACHE_PREFIXES = ['cache-', 'private-cache-', 'private-encrypted-cache-', 'presence-cache-']

/** A payload whose verdict is known by construction. */
interface Payload {
  what: string
  data: unknown
  verdict: 'ok' | 'payload_not_serializable' | 'payload_too_large'
}

/**
 * §3 and the README table, checked in the table's order: name (`client-`, ≤ 200 characters of JavaScript
 * string length), channel kind (private and presence only; pusher-js refuses private-encrypted-), then the data.
 */
function clientEventVerdict(channel: string, event: unknown, payload: Payload): Outcome {
  if (typeof event !== 'string' || event.slice(0, 7) !== 'client-' || event.length > 200) {
    return 'invalid_event_name'
  }
  const kind = kindOf(channel)
  if (kind !== 'private' && kind !== 'presence') return 'client_event_not_allowed'
  return payload.verdict
}

// ---- Generators ----

const VALID_CHAR = fc.constantFrom(...CHANNEL_CHARS)
const HOSTILE_CHAR = fc.constantFrom(
  '#',
  ' ',
  '/',
  ':',
  '\n',
  '\t',
  '\0',
  '\u007f',
  '\u202e',
  '\u200b',
  'é',
  'ı',
  '\u212a', // the Kelvin sign looks like K but is not
  '😀',
  '\ud800',
  '<',
  '%',
  '"',
)
const PREFIX = fc.constantFrom(
  '',
  'private-',
  'presence-',
  'private-encrypted-',
  'cache-',
  'private-cache-',
  'presence-cache-',
  'private-encrypted-cache-',
  '#server-to-user-',
  'private-encrypted',
  'presence',
  '-',
)

const channelName: fc.Arbitrary<unknown> = fc
  .oneof(
    { arbitrary: fc.tuple(PREFIX, fc.string({ unit: VALID_CHAR, maxLength: 300 })), weight: 4 },
    {
      arbitrary: fc.tuple(PREFIX, fc.string({ unit: fc.oneof(VALID_CHAR, HOSTILE_CHAR), maxLength: 40 })),
      weight: 3,
    },
    { arbitrary: fc.tuple(PREFIX, fc.string({ unit: 'binary', maxLength: 300 })), weight: 2 },
    // Lengths around the 164 limit, prefix included.
    {
      arbitrary: fc.tuple(
        PREFIX,
        fc.integer({ min: 140, max: 180 }).map((n) => 'a'.repeat(n)),
      ),
      weight: 2,
    },
    { arbitrary: fc.constantFrom(...BUILT_IN, 'private-toString', 'presence-__proto__'), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        undefined,
        null,
        0,
        42,
        true,
        {},
        [],
        ['private-a'],
        10n,
        Symbol('private-a'),
      ),
      weight: 1,
    },
  )
  .map((value) =>
    Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' ? value.join('') : value,
  )

/** Valid names of every kind, for the client-event checks (the name itself is not what is tested there). */
const validChannel = fc
  .tuple(
    PREFIX.filter((p) => !p.includes('#')),
    fc.string({ unit: VALID_CHAR, minLength: 1, maxLength: 20 }),
  )
  .map(([prefix, body]) => prefix + body)
  .filter(protocolAllowsChannel)

const eventName: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 100 }).map((s) => `client-${s}`),
  fc.integer({ min: 190, max: 210 }).map((n) => `client-${'x'.repeat(n - 7)}`),
  fc.integer({ min: 95, max: 105 }).map((n) => `client-${'😀'.repeat(n)}`),
  fc.constantFrom(
    'client-',
    'client-typing',
    'Client-typing',
    ' client-typing',
    'pusher:subscribe',
    'pusher_internal:member_added',
    'client-<script>',
  ),
  fc.constantFrom(undefined, null, 42, {}, ['client-x'], 10n, Symbol('client-x')),
)

const LIMIT = 10_240
/** UTF-8 bytes each unit takes inside a JSON string (escapes included). */
const UNITS: [string, number][] = [
  ['a', 1],
  ['é', 2],
  ['€', 3],
  ['😀', 4],
  ['"', 2],
  ['\n', 2],
  ['\u0001', 6],
  ['\ud800', 6], // a lone surrogate is escaped as \ud800
]

/** A string whose JSON (quotes included) is exactly `bytes` bytes of UTF-8. */
function jsonStringOf(bytes: number, [unit, cost]: [string, number]): string {
  const inner = bytes - 2
  return unit.repeat(Math.floor(inner / cost)) + 'a'.repeat(inner % cost)
}

const sized: fc.Arbitrary<Payload> = fc
  .tuple(fc.integer({ min: LIMIT - 12, max: LIMIT + 12 }), fc.constantFrom(...UNITS), fc.boolean())
  .map(([bytes, unit, wrapped]) => {
    // {"text":…} adds 9 bytes around the string.
    const data = wrapped ? { text: jsonStringOf(bytes - 9, unit) } : jsonStringOf(bytes, unit)
    expect(Buffer.byteLength(JSON.stringify(data), 'utf8')).toBe(bytes)
    return {
      what: `${bytes} bytes of ${JSON.stringify(unit[0])}`,
      data,
      verdict: bytes > LIMIT ? 'payload_too_large' : 'ok',
    }
  })

const nested = (depth: number, leaf: unknown): unknown =>
  Array.from({ length: depth }).reduce<unknown>((inner, _, i) => (i % 2 ? [inner] : { n: inner }), leaf)

/** Something JSON.stringify cannot serialize, wherever it sits. */
const poison = fc.constantFrom(
  () => 10n,
  () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = { back: cycle }
    return cycle
  },
  () => ({
    get secret() {
      throw new Error('getter failed')
    },
  }),
  () => ({
    toJSON() {
      throw 'a string' // apps throw anything
    },
  }),
  () => ({
    toJSON() {
      throw null
    },
  }),
  () => {
    const revocable = Proxy.revocable({}, {})
    revocable.revoke()
    return revocable.proxy
  },
)

const payload: fc.Arbitrary<Payload> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map<Payload>((data) => ({
    what: 'JSON value',
    data,
    verdict: Buffer.byteLength(JSON.stringify(data), 'utf8') > LIMIT ? 'payload_too_large' : 'ok',
  })),
  fc.constant<Payload>({ what: 'undefined (sends {})', data: undefined, verdict: 'ok' }),
  sized,
  fc.integer({ min: 1, max: 100 }).map<Payload>((depth) => ({
    what: `nested ${depth} deep`,
    data: nested(depth, 'x'),
    verdict: 'ok',
  })),
  fc.constant<Payload>({
    what: 'nested 100,000 deep (overflows JSON.stringify)',
    data: nested(100_000, 'x'),
    verdict: 'payload_not_serializable',
  }),
  fc.tuple(poison, fc.integer({ min: 0, max: 5 })).map<Payload>(([make, depth]) => ({
    what: `not serializable at depth ${depth}`,
    data: nested(depth, make()),
    verdict: 'payload_not_serializable',
  })),
  fc.constantFrom<Payload>(
    { what: 'a function', data: () => 1, verdict: 'payload_not_serializable' },
    { what: 'a symbol', data: Symbol('x'), verdict: 'payload_not_serializable' },
    { what: 'toJSON → undefined', data: { toJSON: () => undefined }, verdict: 'payload_not_serializable' },
    // Inside objects JSON drops functions and symbols (and arrays get null): still JSON.
    { what: 'a function inside', data: { f: () => 1, s: Symbol('x'), a: [() => 1] }, verdict: 'ok' },
    { what: 'a Date', data: { at: new Date(0) }, verdict: 'ok' },
  ),
)

// ---- Properties ----

describe('validateChannelName accepts exactly the names PROTOCOL.md allows', () => {
  it('over random, adversarial and non-string names', () => {
    fc.assert(
      fc.property(channelName, (name) => {
        const result = outcome(() => validateChannelName(name))
        expect(result).toBe(protocolAllowsChannel(name) ? 'ok' : 'invalid_channel_name')
      }),
      { numRuns: runs(2000) },
    )
  })
})

describe('validateClientEvent accepts exactly the valid (channel kind, event, payload) triples', () => {
  it('with the documented code for each refusal, in the README order', () => {
    fc.assert(
      fc.property(validChannel, eventName, payload, (channel, event, data) => {
        const result = outcome(() => validateClientEvent(channel, event, data.data))
        expect(result, `${channel} ${String(event).slice(0, 40)} ${data.what}`).toBe(
          clientEventVerdict(channel, event, data),
        )
      }),
      { numRuns: runs(1500) },
    )
  })

  it('what it accepts, the local server accepts too (measured as the server measures it)', () => {
    fc.assert(
      fc.property(sized, (data) => {
        if (outcome(() => validateClientEvent('private-a', 'client-x', data.data)) !== 'ok') return
        // pusher-js sends {event, channel, data} as JSON; the server re-serializes objects, takes strings raw.
        const wire = JSON.parse(JSON.stringify({ data: data.data })).data as unknown
        const serverBytes = Buffer.byteLength(typeof wire === 'string' ? wire : JSON.stringify(wire), 'utf8')
        expect(serverBytes).toBeLessThanOrEqual(LIMIT)
      }),
      { numRuns: runs(300) },
    )
  })
})

describe('kit-level paths follow the README for every name', () => {
  const t = withServer()

  /** A kit on a real pusher-js client, disconnected: leases and stores do everything but reach the wire. */
  async function offlineKit() {
    const made = makeKit(t.server)
    made.kit.getClient()
    await until(made.kit.connection, (s) => s.state === 'connected')
    made.kit.disconnect()
    await until(made.kit.connection, (s) => s.state === 'disconnected')
    return made
  }

  it('kit.channel and kit.presence throw the refusal; a valid name gives a lease of its kind', async () => {
    const { kit } = await offlineKit()
    fc.assert(
      fc.property(channelName, (name) => {
        const valid = protocolAllowsChannel(name)
        const kinds: unknown[] = []
        const channel = outcome(() => {
          const lease = kit.channel(name as string)
          kinds.push(lease.store.getSnapshot())
          lease.release()
        })
        expect(channel).toBe(valid ? 'ok' : 'invalid_channel_name')
        if (valid) {
          expect(kinds[0]).toMatchObject({
            name,
            kind: kindOf(name),
            cache: CACHE_PREFIXES.some((p) => name.startsWith(p)),
            status: 'unsubscribed',
            error: undefined,
          })
        }
        const presence = outcome(() => kit.presence(name as string).release())
        const expected = !valid
          ? 'invalid_channel_name'
          : kindOf(name) === 'presence'
            ? 'ok'
            : 'not_a_presence_channel'
        expect(presence).toBe(expected)
      }),
      { numRuns: runs(400) },
    )
  })

  it('channelStore, presenceStore and listen never throw: the refusal is state or goes to onError', async () => {
    const { kit, errors } = await offlineKit()
    // The runs share one tick, where a refusal just reported is not reported again (README).
    let lastRefused: unknown = Symbol('none')
    fc.assert(
      fc.property(channelName, (name) => {
        const valid = protocolAllowsChannel(name)
        errors.length = 0
        let snapshot: ChannelSnapshot | undefined
        let presenceCode: string | undefined
        expect(
          outcome(() => {
            const store = channelStore(kit, name as string)
            const off = store.subscribe(() => {})
            snapshot = store.getSnapshot()
            off()
            const presence = presenceStore(kit, name as string)
            const offPresence = presence.subscribe(() => {})
            presenceCode = presence.getSnapshot().error?.code
            offPresence()
            listen(kit, name as string, 'message', () => {})()
            listen(kit, name as string, null, () => {})()
          }),
        ).toBe('ok')
        // README: a null name holds nothing (no error anywhere); a refused one shows it or reports it.
        const refused = !valid && name !== null
        expect(snapshot!.status).toBe(refused ? 'error' : 'unsubscribed')
        expect(snapshot!.error?.code).toBe(refused ? 'invalid_channel_name' : undefined)
        const presenceExpected = refused
          ? 'invalid_channel_name'
          : name === null || kindOf(name) === 'presence'
            ? undefined
            : 'not_a_presence_channel'
        expect(presenceCode).toBe(presenceExpected)
        // The same refusal: the same code for the same name as error messages show it.
        const reportedNow = refused && shown(name) !== lastRefused
        if (refused) lastRefused = shown(name)
        expect(errors.map((e) => e.code)).toEqual(reportedNow ? ['invalid_channel_name'] : [])
      }),
      { numRuns: runs(400) },
    )
  })

  it('lease.trigger refuses with the verdict; a valid event waits for the subscription', async () => {
    const { kit, errors } = await offlineKit()
    fc.assert(
      fc.property(validChannel, eventName, payload, (channel, event, data) => {
        errors.length = 0
        const lease = kit.channel(channel)
        let result: unknown
        const code = outcome(() => {
          result = lease.trigger(event as `client-${string}`, data.data)
        })
        lease.release()
        const verdict = clientEventVerdict(channel, event, data)
        expect(code, data.what).toBe(verdict)
        // Not subscribed (the kit is disconnected): queued, and reported when the lease goes, never lost.
        if (verdict === 'ok') {
          expect(result).toBe('queued')
          expect(errors.map((e) => e.code)).toEqual(['client_event_dropped'])
        } else expect(errors).toEqual([])
      }),
      { numRuns: runs(600) },
    )
    expect(t.inbound('pusher:subscribe')).toEqual([])
  })
})
