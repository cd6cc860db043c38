import { codeOf } from '@channelkit/test-utils'
import { describe, expect, it } from 'vitest'
import { ChannelKitError } from '../errors'
import { connected, denying, makeKit, until, withServer } from './harness'

const t = withServer()

const sentBy = (socketId: string | undefined) =>
  t.frames.filter((f) => f.direction === 'in' && f.socketId === socketId && f.event.startsWith('client-'))

async function pair(name: string, options: { releaseDelay?: number } = {}) {
  const receiver = makeKit(t.server, { user: { id: 'receiver' }, ...options })
  const sender = makeKit(t.server, { user: { id: 'sender', info: { name: 'Sender' } }, ...options })
  const inbox: { data: unknown; metadata: unknown }[] = []
  const listening = receiver.kit.channel(name)
  listening.bind('client-msg', (data, metadata) => inbox.push({ data, metadata }))
  await until(listening.store, (s) => s.status === 'subscribed')
  await connected(sender.kit)
  return { sender, inbox }
}

describe('client events (validated before anything is sent)', () => {
  it('every validation failure throws a ChannelKitError and puts nothing on the wire', async () => {
    const { kit } = makeKit(t.server)
    const lease = kit.channel('private-validate')
    const publicLease = kit.channel('public-validate')
    const cacheLease = kit.channel('cache-validate')
    const encrypted = kit.channel('private-encrypted-validate')
    await until(lease.store, (s) => s.status === 'subscribed')
    await until(encrypted.store, (s) => s.status === 'subscribed')
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    const trigger = (event: string, data?: unknown) => lease.trigger(event as `client-${string}`, data)

    expect(codeOf(() => trigger('typing', {}))).toBe('invalid_event_name')
    expect(codeOf(() => trigger(`client-${'x'.repeat(200)}`, {}))).toBe('invalid_event_name')
    expect(codeOf(() => publicLease.trigger('client-x', {}))).toBe('client_event_not_allowed')
    expect(codeOf(() => cacheLease.trigger('client-x', {}))).toBe('client_event_not_allowed')
    expect(codeOf(() => encrypted.trigger('client-x', {}))).toBe('client_event_not_allowed')
    expect(codeOf(() => lease.trigger('client-x', { big: 1n }))).toBe('payload_not_serializable')
    expect(codeOf(() => lease.trigger('client-x', cycle))).toBe('payload_not_serializable')
    expect(codeOf(() => lease.trigger('client-x', () => {}))).toBe('payload_not_serializable')
    expect(codeOf(() => lease.trigger('client-x', 'x'.repeat(10_240)))).toBe('payload_too_large')
    expect(() => lease.trigger('client-x', 'x'.repeat(10_240))).toThrow('at most 10240 bytes')

    expect(lease.trigger('client-ok', { fine: true })).toBe('sent')
    await expect.poll(() => sentBy(kit.connection.getSnapshot().socketId).length).toBe(1)
    expect(sentBy(kit.connection.getSnapshot().socketId)[0]).toMatchObject({
      event: 'client-ok',
      channel: 'private-validate',
    })
  })

  it('rate_limited past 10 per rolling second per connection, across channels, naming the wait', async () => {
    const { sender, inbox } = await pair('private-rate')
    const a = sender.kit.channel('private-rate')
    const b = sender.kit.channel('presence-rate')
    await until(a.store, (s) => s.status === 'subscribed')
    await until(b.store, (s) => s.status === 'subscribed')
    for (let i = 0; i < 5; i++) expect(a.trigger('client-msg', { i })).toBe('sent')
    for (let i = 5; i < 10; i++) expect(b.trigger('client-msg', { i })).toBe('sent')
    let error: unknown
    try {
      a.trigger('client-msg', { i: 10 })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ChannelKitError)
    expect((error as ChannelKitError).code).toBe('rate_limited')
    const retryAfter = (error as ChannelKitError<'rate_limited'>).details.retryAfter
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(1100)
    expect((error as ChannelKitError).message).toContain(`wait ${retryAfter} ms`)
    await expect.poll(() => inbox.length).toBe(5)
    expect(sentBy(sender.kit.connection.getSnapshot().socketId)).toHaveLength(10)
    // The server never had to complain.
    expect(t.frames.filter((f) => f.direction === 'out' && f.event === 'pusher:error')).toEqual([])
  })

  it('before subscribed: queued in order, flushed on success within the rate limit', async () => {
    const { sender, inbox } = await pair('private-queue')
    const lease = sender.kit.channel('private-queue')
    const results = Array.from({ length: 13 }, (_, i) => lease.trigger('client-msg', { i }))
    expect(results.every((r) => r === 'queued')).toBe(true)
    expect(sentBy(sender.kit.connection.getSnapshot().socketId)).toHaveLength(0)
    await expect.poll(() => inbox.length, { timeout: 5000 }).toBe(13)
    expect(inbox.map((m) => (m.data as { i: number }).i)).toEqual([...Array(13).keys()])
    // 10 at once, the last 3 a second later: no 4301 from the server.
    const times = sentBy(sender.kit.connection.getSnapshot().socketId).map((f) => f.data)
    expect(times).toHaveLength(13)
    expect(t.frames.filter((f) => f.direction === 'out' && f.event === 'pusher:error')).toEqual([])
    expect(sender.errors).toEqual([])
  })

  it('on presence channels the receiver gets the sender id as metadata', async () => {
    const { sender, inbox } = await pair('presence-meta')
    const lease = sender.kit.presence('presence-meta')
    await until(lease.store, (s) => s.status === 'subscribed')
    lease.trigger('client-msg', { hi: 1 })
    await expect.poll(() => inbox).toEqual([{ data: { hi: 1 }, metadata: { user_id: 'sender' } }])
  })

  it('queued events that cannot be sent are reported as client_event_dropped, never silently lost', async () => {
    const denied = makeKit(t.server, denying(t.server).options)
    const lease = denied.kit.channel('private-drop')
    expect(lease.trigger('client-a', { n: 1 })).toBe('queued')
    expect(lease.trigger('client-b', { n: 2 })).toBe('queued')
    await until(lease.store, (s) => s.status === 'error')
    expect(denied.errors.map((e) => [e.code, 'event' in e.details ? e.details.event : undefined])).toEqual([
      ['client_event_dropped', 'client-a'],
      ['client_event_dropped', 'client-b'],
    ])
    expect(denied.errors[0]!.message).toContain('the subscription failed')
    expect(codeOf(() => lease.trigger('client-c', {}))).toBe('client_event_dropped')

    const { kit, errors } = makeKit(t.server)
    const early = kit.channel('private-drop-release')
    const other = kit.channel('private-drop-release')
    early.trigger('client-mine', {})
    other.trigger('client-theirs', {})
    early.release()
    expect(errors.map((e) => [e.code, 'event' in e.details ? e.details.event : undefined])).toEqual([
      ['client_event_dropped', 'client-mine'],
    ])
    expect(errors[0]!.message).toContain('lease was released')
    expect(codeOf(() => early.trigger('client-x', {}))).toBe('client_event_dropped')
    await until(other.store, (s) => s.status === 'subscribed')
    await expect
      .poll(() => sentBy(kit.connection.getSnapshot().socketId).map((f) => f.event))
      .toEqual(['client-theirs'])
    other.release()
  })
})
