import type { PresenceChannel } from 'pusher-js'
import { describe, expect, test } from 'vitest'
import { type LocalServer, ServerConfigError, startServer } from '..'
import { client, http, nextEvent, server, subscribed } from './helpers'

interface Answer {
  status: number
  body: { error?: string; code?: number; [field: string]: unknown }
}

/** A control request as Storybook's control panel sends it (JSON, the bearer token). */
async function control(
  s: LocalServer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const answer = await http(s.port, {
    method,
    path: `/control${path}`,
    headers: {
      authorization: `Bearer ${s.control?.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  return { status: answer.status, body: answer.json() as Answer['body'] }
}

describe('the control endpoint (control: true)', () => {
  test('off by default; on, it has a random token per run that every request needs', async () => {
    const off = await server()
    expect(off.control).toBeUndefined()
    expect((await control(off, 'POST', '/trigger', { channel: 'news', event: 'e' })).status).toBe(404)

    const [a, b] = await Promise.all([server({ control: true }), server({ control: true })])
    expect(a.control).toEqual({ url: `${a.url}/control`, token: expect.stringMatching(/^[\w-]{32}$/) })
    expect(a.control?.token).not.toBe(b.control?.token)
    const fixed = await server({ control: { token: 'a-fixed-token-for-ci' } })
    expect(fixed.control?.token).toBe('a-fixed-token-for-ci')

    const body = { channel: 'news', event: 'e' }
    expect(await control(a, 'POST', '/trigger', body, { authorization: '' })).toEqual({
      status: 401,
      body: {
        error: 'The control endpoint needs its token: send Authorization: Bearer <server.control.token>',
        code: 401,
      },
    })
    expect(
      await control(a, 'POST', '/trigger', body, { authorization: `Bearer ${b.control?.token}` }),
    ).toEqual({
      status: 401,
      body: { error: expect.stringContaining('The control token is wrong'), code: 401 },
    })
    expect(await control(a, 'POST', '/trigger', body)).toEqual({ status: 200, body: { ok: true } })
    for (const token of ['short', '', 'has a space in it here', 42]) {
      const error = await startServer({ control: { token: token as string } }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ServerConfigError)
      expect((error as Error).message).toMatch(/^control\.token must be/)
    }
  })

  test('a page cannot use it without a preflight: text/plain is 415, a foreign Origin 403', async () => {
    const s = await server({ control: true })
    const pusher = await client(s)
    const news = pusher.subscribe('news')
    await subscribed(news)
    const got: unknown[] = []
    news.bind('forged', (data: unknown) => got.push(data))
    const body = JSON.stringify({ channel: 'news', event: 'forged' })
    const plain = await control(s, 'POST', '/trigger', body, { 'content-type': 'text/plain' })
    expect(plain).toEqual({
      status: 415,
      body: { error: 'Content-Type must be application/json, got text/plain', code: 415 },
    })
    const foreign = await control(s, 'POST', '/trigger', body, { origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    const members = await control(
      s,
      'POST',
      '/members',
      { channel: 'presence-x', id: 'ceo' },
      {
        'content-type': 'text/plain',
      },
    )
    expect(members.status).toBe(415)
    expect(s.simulate.members('presence-x')).toEqual([])
    // The next event is the first one delivered: the refused ones never were.
    const ok = nextEvent(news, 'forged')
    expect((await control(s, 'POST', '/trigger', { channel: 'news', event: 'forged', data: 1 })).status).toBe(
      200,
    )
    expect((await ok).data).toBe(1)
    expect(got).toEqual([1])
  })

  test('trigger, notify, members, typing and client events reach real clients', async () => {
    const s = await server({ control: true })
    const pusher = await client(s, { user: { id: 'dana', info: { name: 'Dana' } } })
    const room = pusher.subscribe('presence-storybook') as PresenceChannel
    const news = pusher.subscribe('storybook')
    await Promise.all([subscribed(room), subscribed(news)])

    const triggered = nextEvent(news, 'order-shipped')
    expect(
      await control(s, 'POST', '/trigger', {
        channel: 'storybook',
        event: 'order-shipped',
        data: { order: 42 },
      }),
    ).toEqual({ status: 200, body: { ok: true } })
    expect((await triggered).data).toEqual({ order: 42 })
    const notified = nextEvent(news, 'notification')
    await control(s, 'POST', '/notify', { channel: 'storybook', title: 'Build green' })
    expect((await notified).data).toEqual({ title: 'Build green', message: '' })

    const added = nextEvent<{ id: string; info: unknown }>(room, 'pusher:member_added')
    expect(
      await control(s, 'POST', '/members', {
        channel: 'presence-storybook',
        id: 'ada',
        name: 'Ada Lovelace',
      }),
    ).toEqual({
      status: 200,
      body: {
        member: { id: 'ada', info: { name: 'Ada Lovelace' } },
        members: [{ id: 'ada', info: { name: 'Ada Lovelace' } }],
      },
    })
    expect((await added).data).toEqual({ id: 'ada', info: { name: 'Ada Lovelace' } })
    const guest = await control(s, 'POST', '/members', { channel: 'presence-storybook' })
    expect(guest.body.member).toEqual({ id: 'guest-1', info: { name: 'Guest 1' } })
    expect(await control(s, 'GET', '/members?channel=presence-storybook')).toEqual({
      status: 200,
      body: {
        members: [
          { id: 'ada', info: { name: 'Ada Lovelace' } },
          { id: 'guest-1', info: { name: 'Guest 1' } },
        ],
      },
    })

    const typing = nextEvent(room, 'client-typing')
    await control(s, 'POST', '/typing', { channel: 'presence-storybook', id: 'ada' })
    expect(await typing).toEqual({ data: { typing: true }, meta: { user_id: 'ada' } })
    const stopped = nextEvent(room, 'client-typing')
    await control(s, 'POST', '/typing', { channel: 'presence-storybook', id: 'ada', typing: false })
    expect((await stopped).data).toEqual({ typing: false })
    const reaction = nextEvent(room, 'client-reaction')
    await control(s, 'POST', '/client-event', {
      channel: 'presence-storybook',
      id: 'ada',
      event: 'client-reaction',
      data: { emoji: '🎉' },
    })
    expect(await reaction).toEqual({ data: { emoji: '🎉' }, meta: { user_id: 'ada' } })

    const removed = nextEvent<{ id: string }>(room, 'pusher:member_removed')
    expect(await control(s, 'DELETE', '/members', { channel: 'presence-storybook', id: 'ada' })).toEqual({
      status: 200,
      body: { members: [{ id: 'guest-1', info: { name: 'Guest 1' } }] },
    })
    expect((await removed).data).toMatchObject({ id: 'ada' })
  })

  test('every bad input is a 400 (or 404, 413) that says what is wrong, never a 5xx', async () => {
    const errors: string[] = []
    const s = await server({ control: true, logger: { info() {}, warn() {}, error: (m) => errors.push(m) } })
    s.simulate.join('presence-room', { id: 'ada' })
    const cases: [string, string, unknown, number, string | RegExp][] = [
      [
        'POST',
        '/trigger',
        { channel: 'bad name', event: 'e' },
        400,
        'Invalid channel name "bad name": use only a-z A-Z 0-9 and - _ = @ , . ;',
      ],
      ['POST', '/trigger', { channel: 'storybook' }, 400, '"event" must be a non-empty string, got nothing.'],
      ['POST', '/trigger', { channels: 'x,y', event: 'e' }, 400, /"channels" must be an array/],
      ['POST', '/trigger', { channels: [], event: 'e' }, 400, /needs "channels"/],
      ['POST', '/trigger', { channel: 'news', event: 'x'.repeat(201) }, 400, /at most 200/],
      ['POST', '/trigger', { channel: 'news', event: 'e', data: 'x'.repeat(10_241) }, 413, /at most 10240/],
      ['POST', '/trigger', { channel: 'news', event: 'e', socketId: 'me' }, 400, /Invalid socket_id/],
      ['POST', '/trigger', '{not json', 400, /must be a JSON object/],
      ['POST', '/trigger', '[1,2]', 400, /must be a JSON object/],
      [
        'POST',
        '/trigger',
        `{"channel":"news","event":"e","data":${'['.repeat(200)}${']'.repeat(200)}}`,
        400,
        /nest more than 100/,
      ],
      ['POST', '/trigger', { channel: 'news', event: 'e', pad: 'x'.repeat(70_000) }, 413, /over 65536 bytes/],
      ['POST', '/notify', { channel: 'news' }, 400, '"title" must be a non-empty string, got nothing.'],
      [
        'POST',
        '/notify',
        { channel: 'news', title: 't', message: 3 },
        400,
        '"message" must be a string, got 3.',
      ],
      ['GET', '/members?channel=storybook', undefined, 400, /must start with "presence-"/],
      ['GET', '/members', undefined, 400, /Channel name must be a non-empty string/],
      ['POST', '/members', { channel: 'storybook', id: 'x' }, 400, /must start with "presence-"/],
      ['POST', '/members', { channel: 'presence-room', id: {} }, 400, /"id" must be a member id/],
      [
        'POST',
        '/members',
        { channel: 'presence-room', id: 'x'.repeat(129) },
        400,
        /member id must have 1 to 128/,
      ],
      [
        'DELETE',
        '/members',
        { channel: 'presence-room', id: 'nobody' },
        404,
        'No simulated member "nobody" on presence-room.',
      ],
      ['POST', '/typing', { channel: 'presence-room', id: 'nobody' }, 404, /No simulated member "nobody"/],
      [
        'POST',
        '/typing',
        { channel: 'presence-room', id: 'ada', typing: 'yes' },
        400,
        '"typing" must be true or false, got "yes".',
      ],
      [
        'POST',
        '/client-event',
        { channel: 'presence-room', id: 'ada', event: 'typing' },
        400,
        /named client-/,
      ],
      ['POST', '/nope', {}, 404, /^No route POST \/control\/nope: the control endpoint has/],
      ['PUT', '/members', {}, 404, /^No route PUT/],
    ]
    for (const [method, path, body, status, message] of cases) {
      const answer = await control(s, method, path, body)
      expect(answer, `${method} ${path} ${String(JSON.stringify(body)).slice(0, 80)}`).toEqual({
        status,
        body: { error: expect.any(String), code: status },
      })
      expect(answer.body.error).toMatch(message)
    }
    expect(errors).toEqual([])
  })
})
