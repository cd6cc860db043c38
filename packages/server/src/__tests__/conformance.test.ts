import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { client, connectedRaw, nextEvent, server, subscribed } from './helpers'

const stops: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop()
})

/** An app's own auth endpoint that signs with the SDK and answers `channel_data: null`, as some backends do. */
async function authAnsweringNullChannelData(s: Awaited<ReturnType<typeof server>>) {
  const http = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk
    })
    request.on('end', () => {
      const params = new URLSearchParams(body)
      const answer = s
        .pusher()
        .authorizeChannel(params.get('socket_id') ?? '', params.get('channel_name') ?? '')
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ ...answer, channel_data: null }))
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  stops.push(() => new Promise((resolve) => http.close(() => resolve())))
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}/auth`
}

describe('conformance with other Pusher-protocol servers', () => {
  test('"channel_data": null in a correctly signed private or encrypted subscription counts as absent', async () => {
    const s = await server()
    const endpoint = await authAnsweringNullChannelData(s)
    const frames: unknown[] = []
    s.onFrame((f) => f.event === 'pusher:subscribe' && frames.push(f.data))
    const pusher = await client(s, { channelAuthorization: { endpoint, transport: 'ajax' } })
    const payroll = pusher.subscribe('private-payroll')
    const vault = pusher.subscribe('private-encrypted-vault')
    await Promise.all([subscribed(payroll), subscribed(vault)])
    // pusher-js forwarded exactly what the endpoint answered.
    expect(frames).toContainEqual(expect.objectContaining({ channel: 'private-payroll', channel_data: null }))
    const paid = nextEvent(payroll, 'paid')
    const opened = nextEvent(vault, 'opened')
    await s.pusher().trigger('private-payroll', 'paid', { amount: 1 })
    await s.pusher().trigger('private-encrypted-vault', 'opened', { secret: 42 })
    expect((await paid).data).toEqual({ amount: 1 })
    expect((await opened).data).toEqual({ secret: 42 })
  })

  test('a null channel_data on a presence channel needs a signed-in user, like an absent one', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const sdk = s.pusher()
    const { auth } = sdk.authorizeChannel(c.socketId, 'presence-room')
    const answer = await c.request(
      { event: 'pusher:subscribe', data: { channel: 'presence-room', auth, channel_data: null } },
      (m) => m.event === 'pusher:subscription_error',
    )
    expect(answer.data).toMatchObject({ status: 400, error: expect.stringContaining('signed-in user') })
  })

  test('client event names are capped at 200 characters, like the HTTP API', async () => {
    const s = await server()
    const [a, b] = await Promise.all([client(s), connectedRaw(s)])
    const chat = a.subscribe('private-chat')
    await subscribed(chat)
    const { auth } = s.pusher().authorizeChannel(b.socketId, 'private-chat')
    await b.request({ event: 'pusher:subscribe', data: { channel: 'private-chat', auth } }, (m) =>
      m.event.endsWith('subscription_succeeded'),
    )
    const longest = `client-${'x'.repeat(193)}`
    const relayed = nextEvent(chat, longest)
    const tooLong = `client-${'x'.repeat(5000)}`
    const error = await b.request(
      { event: tooLong, channel: 'private-chat', data: {} },
      (m) => m.event === 'pusher:error',
    )
    expect(error.data).toEqual({
      code: null,
      message: 'Client event rejected - the event name is 5007 characters, at most 200',
    })
    b.send({ event: longest, channel: 'private-chat', data: { ok: true } })
    expect((await relayed).data).toEqual({ ok: true })
  })
})
