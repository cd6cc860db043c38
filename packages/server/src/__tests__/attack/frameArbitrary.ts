import fc from 'fast-check'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** How a frame's `auth` is made: the one valid way and the ways an attacker forges it. */
export type AuthMode =
  | 'valid'
  | 'otherSocket'
  | 'otherChannel'
  | 'alteredData'
  | 'wrongKey'
  | 'wrongSecret'
  | 'upperHex'
  | 'noKey'
  | 'garbage'
  | 'empty'
  | 'missing'

export interface SigninUser {
  id?: Json
  user_info?: Json
  watchlist?: Json
}

/** A valid-looking protocol message before mutation; auth is signed at send time for the live socket id. */
export type BaseFrame =
  | { type: 'ping' | 'pong' }
  | { type: 'subscribe'; channel: string; auth: AuthMode; member?: Json; nullData?: boolean }
  | { type: 'unsubscribe'; channel: string }
  | { type: 'signin'; auth: AuthMode; user: SigninUser }
  | { type: 'client'; event: string; channel: string; data?: Json }
  | { type: 'other'; event: string; data?: Json }

export type Mutation =
  | { kind: 'none' }
  | { kind: 'set'; path: string[]; value: Json | undefined }
  | { kind: 'extra'; key: string; value: Json }
  | { kind: 'dataAsString' }
  | { kind: 'nest'; depth: number }
  | { kind: 'pad'; bytes: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'corrupt'; at: number; insert: string }
  | { kind: 'binary' }
  | { kind: 'badUtf8'; at: number }
  | { kind: 'raw'; text: string }

export type FrameSpec =
  | { type: 'frame'; base: BaseFrame; mutation: Mutation }
  | { type: 'handshake'; path: string }
  | { type: 'oversize'; bytes: number }

/** Channels the well-behaved clients use: the attacker may target them too. */
export const GOOD_CHANNELS = ['good-public', 'private-good', 'presence-good', 'private-encrypted-good']
/** Users the frame fuzz signs in as; the HTTP fuzz never terminates them (its ids start with `ht-`). */
const FUZZ_USERS = ['fz-1', 'fz-2', '__proto__', 'constructor', 'fz-é', 'fz-😀']

const LONE_SURROGATE = '\ud800'
const validName = fc.stringMatching(/^[-a-zA-Z0-9_=@,.;]{1,40}$/)

const channel = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...GOOD_CHANNELS) },
  {
    weight: 20,
    arbitrary: fc.constantFrom(
      'fz-public',
      'cache-fz',
      'private-fz',
      'private-cache-fz',
      'presence-fz',
      'presence-cache-fz',
      'private-encrypted-fz',
      'private-encrypted-cache-fz',
      '__proto__',
      'constructor',
      '#server-to-user-fz-1',
      '#server-to-user-fz-2',
      '#server-to-user-',
    ),
  },
  { weight: 4, arbitrary: validName },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('private-', 'presence-', 'private-encrypted-', 'cache-'), validName)
      .map(([prefix, name]) => `${prefix}${name}`),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      'x'.repeat(164),
      'x'.repeat(165),
      'private-'.padEnd(165, 'p'),
      'has space',
      'slash/name',
      '#hash',
      'ünïcødé',
      `lone${LONE_SURROGATE}`,
      'emoji-😀',
      'new\nline',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
)

const hugeString = fc
  .constantFrom(10 * 1024 - 40, 10 * 1024 + 1, 64 * 1024 - 200, 64 * 1024 + 1)
  .chain((bytes) =>
    fc.constantFrom('x', 'é', '😀').map((char) => char.repeat(bytes / Buffer.byteLength(char))),
  )

const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(LONE_SURROGATE, '\u0000', '\ufeff', '"}\\', '__proto__') },
)

/** JSON values of every type, small enough to be fast, with a few huge and deep ones. */
export const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, '', {}, []) },
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: hugeString },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(50, 99, 120, 3000)
      .map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as Json),
  },
  { weight: 1, arbitrary: fc.constant<Json>(JSON.parse('{"__proto__":{"polluted":true},"toString":1}')) },
)

const member: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        user_id: fc.oneof(
          fc.constantFrom(...FUZZ_USERS, 'good-a', 'good-b'),
          fc.integer({ min: 0, max: 99 }),
        ),
        user_info: fc.oneof(fc.record({ name: text }), jsonValue),
      },
      { requiredKeys: ['user_id'] },
    ),
  },
  { weight: 2, arbitrary: fc.record({ user_id: jsonValue, user_info: jsonValue }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constant<Json>({ user_id: 'x'.repeat(129) }) },
  { weight: 1, arbitrary: fc.constant<Json>({ user_id: 'fz-1', user_info: { bio: 'x'.repeat(1100) } }) },
  { weight: 1, arbitrary: jsonValue },
)

const authMode = fc.oneof(
  { weight: 12, arbitrary: fc.constant<AuthMode>('valid') },
  {
    weight: 10,
    arbitrary: fc.constantFrom<AuthMode>(
      'otherSocket',
      'otherChannel',
      'alteredData',
      'wrongKey',
      'wrongSecret',
      'upperHex',
      'noKey',
      'garbage',
      'empty',
      'missing',
    ),
  },
)

const signinUser: fc.Arbitrary<SigninUser> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        id: fc.constantFrom(...FUZZ_USERS),
        user_info: fc.record({ name: text }),
        watchlist: fc.oneof(
          fc.array(fc.constantFrom(...FUZZ_USERS, 'good-a', 'good-b'), { maxLength: 4 }),
          fc.constant(Array.from({ length: 101 }, (_, i) => `w${i}`)),
          fc.array(jsonValue, { maxLength: 3 }),
        ),
      },
      { requiredKeys: ['id'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ id: jsonValue, user_info: jsonValue, watchlist: jsonValue }) },
)

const eventName = fc.oneof(
  fc.constantFrom(
    'pusher:dance',
    'pusher_internal:subscription_succeeded',
    'pusher_internal:member_added',
    'pusher:connection_established',
    'pusher:error',
    'pusher:signin_success',
    'client',
    'PUSHER:PING',
    'pusher:ping ',
    '',
  ),
  text,
)

const base: fc.Arbitrary<BaseFrame> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<BaseFrame>({ type: 'ping' }) },
  { weight: 1, arbitrary: fc.constant<BaseFrame>({ type: 'pong' }) },
  {
    weight: 30,
    arbitrary: fc.record({
      type: fc.constant('subscribe' as const),
      channel,
      auth: authMode,
      member: fc.option(member, { nil: undefined, freq: 3 }),
      // What pusher-js forwards when an app's auth endpoint answers `"channel_data": null`.
      nullData: fc.constantFrom(false, false, false, true),
    }),
  },
  { weight: 8, arbitrary: fc.record({ type: fc.constant('unsubscribe' as const), channel }) },
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('signin' as const), auth: authMode, user: signinUser }),
  },
  {
    weight: 16,
    arbitrary: fc.record(
      {
        type: fc.constant('client' as const),
        event: fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom('client-typing', 'client-') },
          { weight: 6, arbitrary: text.map((t) => `client-${t}`) },
          // Event names at and over the 200-character limit, and far over it.
          {
            weight: 2,
            arbitrary: fc.constantFrom(193, 194, 5000, 20_000).map((n) => `client-${'x'.repeat(n)}`),
          },
        ),
        channel,
        data: jsonValue,
      },
      { requiredKeys: ['type', 'event', 'channel'] },
    ),
  },
  {
    weight: 6,
    arbitrary: fc.record(
      { type: fc.constant('other' as const), event: eventName, data: jsonValue },
      { requiredKeys: ['type', 'event'] },
    ),
  },
)

const fieldPath = fc.constantFrom<string[]>(
  ['event'],
  ['channel'],
  ['data'],
  ['data', 'channel'],
  ['data', 'auth'],
  ['data', 'channel_data'],
  ['data', 'user_data'],
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 40, arbitrary: fc.constant<Mutation>({ kind: 'none' }) },
  {
    weight: 20,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      path: fieldPath,
      value: fc.option(jsonValue, { nil: undefined, freq: 6 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('extra' as const), key: text, value: jsonValue }) },
  { weight: 4, arbitrary: fc.constant<Mutation>({ kind: 'dataAsString' }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('nest' as const), depth: fc.constantFrom(99, 100, 101, 3000) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('pad' as const),
      bytes: fc.constantFrom(10 * 1024, 64 * 1024 - 300, 64 * 1024),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1 }) }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('corrupt' as const),
      at: fc.double({ min: 0, max: 1 }),
      insert: fc.constantFrom('"', '{', '}', ',', ':', '\\', 'null', '\u0000', 'é'),
    }),
  },
  { weight: 2, arbitrary: fc.constant<Mutation>({ kind: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('badUtf8' as const), at: fc.double({ min: 0, max: 1 }) }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      text: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
        fc.constantFrom('', ' ', 'null', '[]', '{}', '{"event":null}', '"pusher:ping"', '{"event":{}}'),
      ),
    }),
  },
)

/** encodeURIComponent throws on lone surrogates; a URL would carry U+FFFD instead. */
const encode = (value: string) => encodeURIComponent(Buffer.from(value).toString())

const handshakePath = fc
  .record({
    prefix: fc.constantFrom('', '', '/ws', '/a/b'),
    segment: fc.constantFrom('app', 'app', 'app', 'apps', 'App'),
    key: fc.oneof(
      { weight: 4, arbitrary: fc.constant('channelkit-key') },
      { weight: 3, arbitrary: fc.constantFrom('nope', '%E0%A4%A', '%ZZ', '%00', '', 'é'.repeat(70)) },
      { weight: 1, arbitrary: text.map(encode) },
    ),
    protocol: fc.oneof(
      { weight: 4, arbitrary: fc.constant('protocol=7') },
      {
        weight: 3,
        arbitrary: fc.constantFrom('', 'protocol=', 'protocol=6', 'protocol=seven', 'protocol=07'),
      },
      { weight: 1, arbitrary: fc.constant(`protocol=${encodeURIComponent('é'.repeat(70))}`) },
      { weight: 1, arbitrary: text.map((t) => `protocol=${encode(t)}`) },
    ),
  })
  .map(
    ({ prefix, segment, key, protocol }) => `${prefix}/${segment}/${key}?${protocol}&client=js&version=8.6.0`,
  )

export const frameSpec: fc.Arbitrary<FrameSpec> = fc.oneof(
  { weight: 980, arbitrary: fc.record({ type: fc.constant('frame' as const), base, mutation }) },
  { weight: 18, arbitrary: fc.record({ type: fc.constant('handshake' as const), path: handshakePath }) },
  { weight: 2, arbitrary: fc.constant<FrameSpec>({ type: 'oversize', bytes: 1024 * 1024 + 1 }) },
)
