import fc from 'fast-check'
import { type Json, jsonValue } from './frameArbitrary'

export type SignMode =
  | 'valid'
  | 'decodedValues'
  | 'none'
  | 'badSignature'
  | 'upperSignature'
  | 'wrongSecret'
  | 'stale'
  | 'future'
  | 'wrongMd5'
  | 'missingMd5'
  | 'unknownKey'
  | 'badVersion'
  | 'missingVersion'
  | 'paramAddedAfter'

export type HttpTarget =
  | { kind: 'events' | 'batch_events' | 'channels' }
  | { kind: 'channel'; name: string; users: boolean }
  | { kind: 'terminate'; userId: string }
  | { kind: 'path'; path: string }
  | { kind: 'control'; route: string; token: 'valid' | 'none' | 'wrong' | 'lowercase' }

/** Who the request says it comes from: a browser page's Origin, and the Host it was sent to. */
export type OriginMode = 'none' | 'allowed' | 'foreign' | 'null' | 'lookalike' | 'port'
export type HostMode = 'natural' | 'localhost' | 'ipv6' | 'foreign' | 'lookalike' | 'none'
export type ContentTypeMode = 'natural' | 'json' | 'jsonCharset' | 'jsonUpper' | 'text' | 'form' | 'none'

export type HttpBody =
  | { kind: 'none' }
  | { kind: 'json'; value: Json }
  | { kind: 'text'; text: string }
  | { kind: 'truncated'; value: Json; at: number }
  | { kind: 'huge'; bytes: number }

export interface HttpSpec {
  type: 'request'
  method: string
  target: HttpTarget
  /** Extra query parameters, signed with the rest (unless the mode says otherwise). */
  query: [string, string][]
  body: HttpBody
  sign: SignMode
  origin: OriginMode
  host: HostMode
  contentType: ContentTypeMode
}

/** Bytes written straight to a TCP socket: requests Node's HTTP parser must refuse. */
export interface GarbageSpec {
  type: 'garbage'
  bytes: string
}

/** HTTP fuzz channels: disjoint from the frame fuzz's and the good clients' (`ht-` marks them). */
const channel = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.constantFrom(
      'ht-public',
      'presence-ht',
      'private-ht',
      'cache-ht',
      'presence-cache-ht',
      'private-encrypted-ht',
      'private-encrypted-ht2',
      '#server-to-user-ht-1',
    ),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^ht-[-a-zA-Z0-9_=@,.;]{1,30}$/) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('', 'x'.repeat(165), 'bad name', 'ünï', '#server-to-user-', 'a/b', '%', '..'),
  },
)

const dataString = fc.oneof(
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.constantFrom(10 * 1024, 10 * 1024 + 1).map((n) => 'd'.repeat(n)) },
  { weight: 1, arbitrary: fc.constant('é'.repeat(5121)) },
)

const eventFields = {
  name: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('ht-event', 'my-event', 'pusher:not-special', 'x'.repeat(200)) },
    { weight: 2, arbitrary: fc.constantFrom('', 'x'.repeat(201)) },
    { weight: 2, arbitrary: jsonValue },
  ),
  data: fc.oneof({ weight: 8, arbitrary: dataString }, { weight: 2, arbitrary: jsonValue }),
  channels: fc.oneof(
    { weight: 8, arbitrary: fc.array(channel, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 101 }, (_, i) => `ht-${i}`)) },
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 100 }, (_, i) => `ht-${i}`)) },
    { weight: 2, arbitrary: jsonValue },
  ),
  channel: fc.oneof({ weight: 8, arbitrary: channel }, { weight: 2, arbitrary: jsonValue }),
  socket_id: fc.oneof(fc.constantFrom('123.456', '1.2', 'abc', '1.', ''), jsonValue),
  info: fc.oneof(
    fc.constantFrom('user_count', 'subscription_count', 'user_count,subscription_count', ',', '', 'cache'),
    jsonValue,
  ),
}

const triggerEvent = fc.record(eventFields, { requiredKeys: ['name', 'data', 'channels'] })
const batchEvent = fc.record(eventFields, { requiredKeys: ['name', 'data', 'channel'] })

const jsonBody: fc.Arbitrary<Json> = fc.oneof(
  { weight: 10, arbitrary: triggerEvent as fc.Arbitrary<Json> },
  {
    weight: 6,
    arbitrary: fc.record({ batch: fc.array(batchEvent, { maxLength: 12 }) }) as fc.Arbitrary<Json>,
  },
  { weight: 1, arbitrary: fc.record({ batch: jsonValue }) as fc.Arbitrary<Json> },
  { weight: 2, arbitrary: jsonValue },
  { weight: 1, arbitrary: fc.constant<Json>({}) },
)

const body: fc.Arbitrary<HttpBody> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('json' as const), value: jsonBody }) },
  { weight: 3, arbitrary: fc.constant<HttpBody>({ kind: 'none' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('truncated' as const),
      value: jsonBody,
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      text: fc.oneof(fc.string({ unit: 'binary', maxLength: 50 }), fc.constantFrom('a=1&b=2', 'null', '[]')),
    }),
  },
  { weight: 1, arbitrary: fc.constant<HttpBody>({ kind: 'huge', bytes: 1024 * 1024 + 1 }) },
)

/** Control endpoint channels: disjoint from everyone else's (`ct` marks them). */
const controlChannel = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'presence-ct',
      'presence-ct2',
      'ct-public',
      'private-ct',
      'private-encrypted-ct',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom('', 'bad name', 'x'.repeat(165), '#server-to-user-', 'presence-') },
  { weight: 1, arbitrary: jsonValue },
)

const memberId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('ct-1', 'ct-2', 'ct-3', 7) },
  { weight: 2, arbitrary: fc.constantFrom('', 'x'.repeat(129), '__proto__') },
  { weight: 1, arbitrary: jsonValue },
)

/** Bodies for every control route: well-formed ones with each field broken in turn, and plain junk. */
const controlBody: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        channel: controlChannel,
        channels: fc.oneof(fc.array(controlChannel, { maxLength: 3 }), jsonValue),
        event: fc.oneof(
          fc.constantFrom(
            'ct-event',
            'client-ct',
            'notification',
            'x'.repeat(200),
            'client-'.padEnd(201, 'x'),
          ),
          jsonValue,
        ),
        data: jsonValue,
        id: memberId,
        name: fc.oneof(fc.constantFrom('Ada', ''), jsonValue),
        info: jsonValue,
        title: fc.oneof(fc.constantFrom('Build green', ''), jsonValue),
        message: fc.oneof(fc.constantFrom('from the fuzz'), jsonValue),
        typing: fc.oneof(fc.boolean(), jsonValue),
        socketId: fc.oneof(fc.constantFrom('1.1', 'me'), jsonValue),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<Json>,
  },
  { weight: 1, arbitrary: jsonValue },
)

const controlTarget = fc.record({
  kind: fc.constant('control' as const),
  route: fc.oneof(
    {
      weight: 8,
      arbitrary: fc.constantFrom(
        '/control/trigger',
        '/control/notify',
        '/control/members',
        '/control/members?channel=presence-ct',
        '/control/members?channel=ct-public',
        '/control/members?channel=bad%20name',
        '/control/typing',
        '/control/client-event',
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '/control',
        '/control/',
        '/control/nope',
        '/control/trigger/x',
        '/CONTROL/trigger',
      ),
    },
  ),
  token: fc.constantFrom<'valid' | 'none' | 'wrong' | 'lowercase'>(
    'valid',
    'valid',
    'valid',
    'valid',
    'none',
    'wrong',
    'lowercase',
  ),
})

const target: fc.Arbitrary<HttpTarget> = fc.oneof(
  { weight: 6, arbitrary: controlTarget },
  { weight: 8, arbitrary: fc.constant<HttpTarget>({ kind: 'events' }) },
  { weight: 5, arbitrary: fc.constant<HttpTarget>({ kind: 'batch_events' }) },
  { weight: 4, arbitrary: fc.constant<HttpTarget>({ kind: 'channels' }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('channel' as const), name: channel, users: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('terminate' as const),
      userId: fc.oneof(
        fc.constantFrom('ht-1', 'ht-2'),
        fc.string({ maxLength: 10 }).map((s) => `ht-${s}`),
      ),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('path' as const),
      path: fc.constantFrom(
        '/',
        '/apps',
        '/apps/',
        '/apps/{id}',
        '/apps/{id}/',
        '/apps/{id}/events/',
        '/apps//events',
        '/apps/{id}/../{id}/events',
        '/apps/{id}/./channels',
        '/apps/ghost/events',
        '/APPS/{id}/events',
        '/apps/%E0%A4%A/channels',
        '/apps/{id}/channels/%E0%A4%A',
        '/apps/{id}/channels/%ZZ/users',
        '/apps/{id}/users/%E0%A4%A/terminate_connections',
        '/apps/{id}/channels/a%2Fb',
        '/apps/{id}/channels/a/b/users',
        '/apps/{id}/users//terminate_connections',
        '/apps/{id}/events%00',
        '/pusher/auth',
        '/pusher/user-auth',
        '/favicon.ico',
      ),
    }),
  },
)

const query = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('info'), fc.constantFrom('user_count', 'subscription_count', 'cache', 'nope', '')),
    fc.tuple(fc.constant('filter_by_prefix'), fc.constantFrom('presence-', 'private-', 'ht-', '')),
    fc.tuple(fc.constantFrom('x', 'X-Y', '__proto__', 'a[]'), fc.string({ maxLength: 10 })),
  ),
  { maxLength: 2 },
)

const signMode = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom<SignMode>('valid', 'valid', 'decodedValues') },
  {
    weight: 8,
    arbitrary: fc.constantFrom<SignMode>(
      'none',
      'badSignature',
      'upperSignature',
      'wrongSecret',
      'stale',
      'future',
      'wrongMd5',
      'missingMd5',
      'unknownKey',
      'badVersion',
      'missingVersion',
      'paramAddedAfter',
    ),
  },
)

const method = fc.oneof(
  { weight: 8, arbitrary: fc.constant('natural') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'PROPFIND'),
  },
)

const origin = fc.oneof(
  { weight: 14, arbitrary: fc.constant<OriginMode>('none') },
  { weight: 4, arbitrary: fc.constant<OriginMode>('allowed') },
  { weight: 2, arbitrary: fc.constantFrom<OriginMode>('foreign', 'null', 'lookalike', 'port') },
)

const host = fc.oneof(
  { weight: 17, arbitrary: fc.constant<HostMode>('natural') },
  { weight: 2, arbitrary: fc.constantFrom<HostMode>('localhost', 'ipv6', 'none') },
  { weight: 1, arbitrary: fc.constantFrom<HostMode>('foreign', 'lookalike') },
)

const contentType = fc.oneof(
  { weight: 12, arbitrary: fc.constant<ContentTypeMode>('natural') },
  {
    weight: 4,
    arbitrary: fc.constantFrom<ContentTypeMode>('json', 'jsonCharset', 'jsonUpper', 'text', 'form', 'none'),
  },
)

/** The method each route is used with; `DELETE /control/members` and `GET /control/members` too. */
function naturalMethod(target: HttpTarget, pick: number): string {
  if (target.kind === 'channels' || target.kind === 'channel') return 'GET'
  if (target.kind === 'control' && target.route.startsWith('/control/members')) {
    return target.route.includes('?') ? 'GET' : pick < 0.5 ? 'POST' : 'DELETE'
  }
  return 'POST'
}

const request: fc.Arbitrary<HttpSpec> = fc
  .record({
    method,
    target,
    query,
    body,
    controlBody,
    sign: signMode,
    origin,
    host,
    contentType,
    pick: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ controlBody: json, pick, ...spec }) => {
    const verb = spec.method === 'natural' ? naturalMethod(spec.target, pick) : spec.method
    // GET requests from the SDK have no body; control requests mostly carry a JSON object.
    const noBody = verb === 'GET' && spec.method === 'natural'
    const controlJson = spec.target.kind === 'control' && spec.body.kind === 'json'
    const sent: HttpBody = noBody ? { kind: 'none' } : controlJson ? { kind: 'json', value: json } : spec.body
    return { type: 'request', ...spec, method: verb, body: sent }
  })

const garbage: fc.Arbitrary<GarbageSpec> = fc.record({
  type: fc.constant('garbage' as const),
  bytes: fc.oneof(
    fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((s) => `${s}\r\n\r\n`),
    fc.constantFrom(
      `GET /apps/{id}/channels HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      'POST /apps/{id}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":',
      'POST /apps/{id}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'POST /apps/{id}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      'GET /apps/{id}/channels HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n',
      'GET /apps/{id}/\x00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n',
      'GET /pusher/auth HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
      'POST /pusher/auth HTTP/1.1\r\nHost: evil.example\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n',
      'POST /control/trigger HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer\r\nContent-Length: 0\r\n\r\n',
      'GARBAGE\r\n\r\n',
    ),
  ),
})

export const httpSpec: fc.Arbitrary<HttpSpec | GarbageSpec> = fc.oneof(
  { weight: 97, arbitrary: request },
  { weight: 3, arbitrary: garbage },
)
