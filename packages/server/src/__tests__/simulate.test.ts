import type { PresenceChannel } from 'pusher-js'
import { describe, expect, test } from 'vitest'
import { ServerInputError, type ServerInputErrorCode } from '..'
import { client, nextEvent, server, subscribed, webhookReceiver } from './helpers'

/** The ServerInputError code (and status) `run` throws. */
function codeOf(run: () => unknown): { code: ServerInputErrorCode; status: number } | 'no error' {
  try {
    run()
  } catch (error) {
    if (error instanceof ServerInputError) return { code: error.code, status: error.status }
    throw error
  }
  return 'no error'
}

interface Members {
  count: number
  get(id: string): { id: string; info: unknown } | null
}

describe('server.simulate: presence members played inside the server', () => {
  test('a simulated member joins, types and leaves; real clients, the HTTP API and webhooks see it', async () => {
    const hooks = await webhookReceiver()
    const s = await server({ webhooks: [{ url: hooks.url }] })
    const pusher = await client(s, { user: { id: 'dana', info: { name: 'Dana' } } })
    const room = pusher.subscribe('presence-room') as PresenceChannel
    await subscribed(room)

    const added = nextEvent<{ id: string; info: unknown }>(room, 'pusher:member_added')
    expect(s.simulate.join('presence-room', { id: 'ada', info: { name: 'Ada Lovelace' } })).toEqual({
      id: 'ada',
      info: { name: 'Ada Lovelace' },
    })
    expect((await added).data).toEqual({ id: 'ada', info: { name: 'Ada Lovelace' } })
    expect((room.members as unknown as Members).count).toBe(2)
    expect(s.simulate.members('presence-room')).toEqual([{ id: 'ada', info: { name: 'Ada Lovelace' } }])
    const users = await (await s.pusher().get({ path: '/channels/presence-room/users' })).json()
    expect(users).toEqual({ users: [{ id: 'dana' }, { id: 'ada' }] })

    const typing = nextEvent(room, 'client-typing')
    s.simulate.typing('presence-room', 'ada')
    expect(await typing).toEqual({ data: { typing: true }, meta: { user_id: 'ada' } })
    const wave = nextEvent(room, 'client-wave')
    s.simulate.clientEvent('presence-room', 'ada', 'client-wave', 'hello')
    expect(await wave).toEqual({ data: 'hello', meta: { user_id: 'ada' } })

    const removed = nextEvent<{ id: string }>(room, 'pusher:member_removed')
    s.simulate.leave('presence-room', 'ada')
    expect((await removed).data).toMatchObject({ id: 'ada' })
    expect(s.simulate.members('presence-room')).toEqual([])
    await expect
      .poll(() => hooks.events().map((e) => `${e.name} ${e.user_id ?? ''}`))
      .toEqual(expect.arrayContaining(['member_added ada', 'client_event ada', 'member_removed ada']))
  })

  test('joining twice changes nothing; a real client with the same id is the same member', async () => {
    const s = await server()
    s.simulate.join('presence-room', { id: 7, info: { name: 'Seven' } })
    s.simulate.join('presence-room', { id: '7', info: { name: 'Other' } })
    expect(s.simulate.members('presence-room')).toEqual([{ id: '7', info: { name: 'Seven' } }])
    const real = await client(s, { user: { id: '7' } })
    const room = real.subscribe('presence-room') as PresenceChannel
    await subscribed(room)
    expect((room.members as unknown as Members).count).toBe(1)
    s.simulate.leave('presence-room', 7)
    // The real connection keeps the member in the roster.
    expect(s.channels().get('presence-room')?.userCount).toBe(1)
    s.simulate.join('presence-room', { id: 'x' })
    s.simulate.reset()
    expect(s.simulate.members('presence-room')).toEqual([])
    expect(s.channels().get('presence-room')?.userCount).toBe(1)
  })

  test('bad input throws a ServerInputError whose code names the rule', async () => {
    const s = await server({
      apps: [
        { id: 'a', key: 'ka', secret: 'sa' },
        { id: 'quiet', key: 'kq', secret: 'sq', clientEvents: false },
      ],
    })
    const sim = s.simulate
    sim.join('presence-room', { id: 'ada' })
    expect(codeOf(() => sim.join('bad name', { id: 'x' }))).toEqual({ code: 'invalid_channel', status: 400 })
    expect(codeOf(() => sim.join('private-room', { id: 'x' }))).toEqual({
      code: 'invalid_channel',
      status: 400,
    })
    expect(codeOf(() => sim.join('presence-room', { id: 'x'.repeat(129) }))).toEqual({
      code: 'invalid_member',
      status: 400,
    })
    expect(codeOf(() => sim.join('presence-room', { id: 'big', info: { bio: 'x'.repeat(1100) } }))).toEqual({
      code: 'invalid_member',
      status: 400,
    })
    expect(codeOf(() => sim.join('presence-room', null as unknown as { id: string }))).toEqual({
      code: 'invalid_member',
      status: 400,
    })
    expect(codeOf(() => sim.leave('presence-room', 'nobody'))).toEqual({
      code: 'unknown_member',
      status: 404,
    })
    expect(codeOf(() => sim.typing('presence-room', 'nobody'))).toEqual({
      code: 'unknown_member',
      status: 404,
    })
    expect(codeOf(() => sim.clientEvent('presence-room', 'ada', 'typing', {}))).toEqual({
      code: 'invalid_event',
      status: 400,
    })
    expect(codeOf(() => sim.clientEvent('presence-room', 'ada', `client-${'x'.repeat(194)}`))).toEqual({
      code: 'invalid_event',
      status: 400,
    })
    expect(codeOf(() => sim.clientEvent('presence-room', 'ada', 'client-big', 'x'.repeat(11_000)))).toEqual({
      code: 'invalid_data',
      status: 413,
    })
    for (let i = 0; i < 99; i++) sim.join('presence-full', { id: `m${i}` })
    sim.join('presence-full', { id: 'last' })
    expect(codeOf(() => sim.join('presence-full', { id: 'one-too-many' }))).toEqual({
      code: 'channel_full',
      status: 400,
    })
    const quiet = s.simulator('quiet')
    quiet.join('presence-room', { id: 'ada' })
    expect(codeOf(() => quiet.typing('presence-room', 'ada'))).toEqual({
      code: 'client_events_disabled',
      status: 400,
    })
    expect(() => s.simulator('ghost')).toThrow(RangeError)
    expect(s.channels('quiet').get('presence-room')?.userCount).toBe(1)
  })
})

describe('server.trigger: an event to subscribers, without HTTP', () => {
  test('public, private and encrypted channels; socketId skips the sender', async () => {
    const s = await server()
    const [a, b] = await Promise.all([client(s), client(s)])
    const channels = ['news', 'private-news', 'private-encrypted-vault']
    const [news, privateNews, vault] = channels.map((name) => a.subscribe(name))
    await Promise.all([news, privateNews, vault].map((c) => subscribed(c!)))
    const events = [nextEvent(news!, 'headline'), nextEvent(privateNews!, 'headline')]
    s.trigger(['news', 'private-news'], 'headline', { title: 'hi' })
    expect((await Promise.all(events)).map((e) => e.data)).toEqual([{ title: 'hi' }, { title: 'hi' }])
    const secret = nextEvent(vault!, 'secret')
    const wire: unknown[] = []
    const stop = s.onFrame((f) => f.event === 'secret' && wire.push(f.data))
    s.trigger('private-encrypted-vault', 'secret', { code: 42 })
    expect((await secret).data).toEqual({ code: 42 })
    stop()
    expect(JSON.parse(wire[0] as string)).toEqual({
      nonce: expect.any(String),
      ciphertext: expect.any(String),
    })

    const bNews = b.subscribe('news')
    await subscribed(bNews)
    const seenByA: unknown[] = []
    news!.bind('echo', (d: unknown) => seenByA.push(d))
    const atB = nextEvent(bNews, 'echo')
    s.trigger('news', 'echo', 'raw text', { socketId: a.connection.socket_id })
    expect((await atB).data).toBe('raw text')
    expect(seenByA).toEqual([])
  })

  test('refuses what the HTTP API refuses, with a ServerInputError', async () => {
    const s = await server()
    expect(codeOf(() => s.trigger('bad name', 'e', {}))).toEqual({ code: 'invalid_channel', status: 400 })
    expect(codeOf(() => s.trigger([], 'e', {}))).toEqual({ code: 'invalid_channel', status: 400 })
    expect(codeOf(() => s.trigger('news', '', {}))).toEqual({ code: 'invalid_event', status: 400 })
    expect(codeOf(() => s.trigger('news', 'x'.repeat(201), {}))).toEqual({
      code: 'invalid_event',
      status: 400,
    })
    expect(codeOf(() => s.trigger('news', 'e', 'x'.repeat(10 * 1024 + 1)))).toEqual({
      code: 'invalid_data',
      status: 413,
    })
    expect(codeOf(() => s.trigger(['private-encrypted-a', 'b'], 'e', {}))).toEqual({
      code: 'invalid_channel',
      status: 400,
    })
    expect(codeOf(() => s.trigger('news', 'e', {}, { socketId: 'abc' }))).toEqual({
      code: 'bad_request',
      status: 400,
    })
    expect(codeOf(() => s.trigger('news', 'e', 10n))).toEqual({ code: 'invalid_data', status: 400 })
  })
})
