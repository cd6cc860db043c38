import { createFaultProxy, type LocalServer, startServer } from '@channelkit/server'
import { kitFixture } from '@channelkit/test-scenarios'
import { alice } from '@channelkit/test-utils'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createDevtools, type DevtoolsController } from '../core'
import { serverUrl } from '../core/trigger'

let server: LocalServer
const kits = kitFixture(() => server)
afterEach(() => kits.cleanup())
beforeAll(async () => {
  // The control endpoint is the event creator's default; happy-dom's fetch names this page's origin.
  server = await startServer({ port: 0, control: true, allowedOrigins: [location.origin] })
})
afterAll(() => server.close())

function mounted(devtools: DevtoolsController): DevtoolsController {
  kits.defer(devtools.mount())
  return devtools
}
const until = (
  devtools: DevtoolsController,
  predicate: (s: ReturnType<DevtoolsController['getSnapshot']>) => boolean,
) => expect.poll(() => predicate(devtools.getSnapshot()), { timeout: 5000, interval: 10 }).toBe(true)

describe('createDevtools', () => {
  it('logs frames in and out (time, channel, name, size, payload); filters; pause; clear', async () => {
    const kit = kits.kit(alice)
    const devtools = mounted(createDevtools(kit))
    const lease = kit.channel('private-log')
    await until(devtools, (s) => s.log.some((e) => e.event === 'pusher_internal:subscription_succeeded'))
    await server.pusher().trigger('private-log', 'order', { id: 'é' })
    await until(devtools, (s) => s.log[0]?.event === 'order')
    const order = devtools.getSnapshot().log[0]!
    expect(order).toMatchObject({ direction: 'in', channel: 'private-log', data: { id: 'é' }, size: 11 })
    expect(typeof order.at).toBe('number')
    lease.trigger('client-note', { n: 1 })
    await until(devtools, (s) => s.log[0]?.event === 'client-note')
    expect(devtools.getSnapshot().log[0]).toMatchObject({ direction: 'out', sent: true, size: 7 })
    const subscribe = devtools.getSnapshot().log.find((e) => e.event === 'pusher:subscribe')
    expect(subscribe).toMatchObject({ direction: 'out', data: { channel: 'private-log' } })

    devtools.setFilter('event', 'ORD')
    expect(devtools.getSnapshot().visible.map((e) => e.event)).toEqual(['order'])
    devtools.setFilter('event', '')
    devtools.setFilter('channel', 'nothing-like-this')
    expect(devtools.getSnapshot().visible).toEqual([])
    devtools.setFilter('channel', 'private-log')
    expect(devtools.getSnapshot().visible.every((e) => e.channel === 'private-log')).toBe(true)

    devtools.select(order.id)
    expect(devtools.getSnapshot().selected).toBe(order)
    devtools.togglePause()
    await server.pusher().trigger('private-log', 'while-paused', {})
    await until(devtools, (s) => s.skipped === 1)
    expect(devtools.getSnapshot().log.some((e) => e.event === 'while-paused')).toBe(false)
    devtools.togglePause()
    devtools.clear()
    expect(devtools.getSnapshot()).toMatchObject({ log: [], visible: [], selected: undefined, skipped: 0 })
    await server.pusher().trigger('private-log', 'after-clear', {})
    await until(devtools, (s) => s.log.length === 1 && s.log[0]?.event === 'after-clear')
  })

  it('keeps at most logLimit events (a ring buffer) and says how many it dropped', async () => {
    const kit = kits.kit(null)
    const devtools = mounted(createDevtools(kit, { logLimit: 5 }))
    const lease = kit.channel('bounded')
    await until(devtools, (s) => s.log.some((e) => e.event === 'pusher_internal:subscription_succeeded'))
    for (let n = 0; n < 12; n++) server.trigger('bounded', 'tick', { n })
    await until(devtools, (s) => (s.log[0]?.data as { n?: number })?.n === 11)
    const { log, dropped } = devtools.getSnapshot()
    expect(log.map((e) => (e.data as { n: number }).n)).toEqual([11, 10, 9, 8, 7])
    expect(dropped).toBeGreaterThanOrEqual(7)
    lease.release()
  })

  it('shows the channels while open: status, holders, roster; retry recovers a refused channel', async () => {
    const kit = kits.kit(alice)
    const devtools = mounted(createDevtools(kit))
    const room = kit.presence('presence-panel')
    const other = kit.presence('presence-panel')
    devtools.toggle(true)
    await until(devtools, (s) => s.channels[0]?.snapshot.status === 'subscribed')
    expect(devtools.getSnapshot().channels[0]).toMatchObject({
      name: 'presence-panel',
      holders: 2,
      presence: { count: 1, me: { id: 'alice' } },
    })
    other.release()
    await until(devtools, (s) => s.channels[0]?.holders === 1)

    // The dev auth endpoint refuses while its params say so (as an app's endpoint would for a logged-out user).
    const auth = kit.options.channelAuthorization as { params: Record<string, string> }
    auth.params.deny = '1'
    kit.channel('private-refused')
    await until(
      devtools,
      (s) => s.channels.find((c) => c.name === 'private-refused')?.snapshot.status === 'error',
    )
    delete auth.params.deny
    devtools.retry('private-refused')
    await until(
      devtools,
      (s) => s.channels.find((c) => c.name === 'private-refused')?.snapshot.status === 'subscribed',
    )
    room.release()
  })

  it('the timeline starts at the current state and records close codes, errors and reconnects', async () => {
    const proxy = await createFaultProxy({ target: { port: server.port } })
    kits.defer(() => proxy.close())
    const kit = kits.kit(null, { wsPort: proxy.port })
    const devtools = mounted(createDevtools(kit))
    await until(devtools, (s) => s.connection.state === 'connected')
    proxy.closeWith(4200, 'restarting')
    await until(devtools, (s) => s.reconnects === 1 && s.connection.state === 'connected')
    const texts = devtools.getSnapshot().timeline.map((e) => e.type)
    expect(texts.at(-1)).toBe('state')
    expect(devtools.getSnapshot().timeline.find((e) => e.type === 'error')).toMatchObject({
      error: { code: 4200, message: 'restarting' },
    })
    const last = devtools.getSnapshot().timeline[0]
    expect(last).toMatchObject({ type: 'state', previous: 'connecting', current: 'connected' })
  })

  it('the event creator triggers through the control endpoint, and the event arrives', async () => {
    const kit = kits.kit(null)
    const lease = kit.channel('creator')
    const got: unknown[] = []
    lease.bind('shipped', (data) => got.push(data))
    const devtools = mounted(createDevtools(kit, { trigger: { token: server.control!.token } }))
    expect(serverUrl(kit)).toBe(server.url)
    expect(devtools.getSnapshot().via).toBe(`POST ${server.url}/control/trigger`)
    await expect.poll(() => lease.store.getSnapshot().status).toBe('subscribed')

    await devtools.fire()
    expect(devtools.getSnapshot().creator).toMatchObject({ status: 'error', message: 'Name a channel.' })
    devtools.setDraft('channel', 'creator')
    devtools.setDraft('event', 'shipped')
    devtools.setDraft('data', '{oops')
    await devtools.fire()
    expect(devtools.getSnapshot().creator.message).toBe('Data is not valid JSON.')
    devtools.setDraft('data', '{"order":42}')
    await devtools.fire()
    expect(devtools.getSnapshot().creator).toMatchObject({
      status: 'sent',
      message: 'Sent shipped to creator.',
    })
    await expect.poll(() => got).toEqual([{ order: 42 }])
    await until(devtools, (s) => s.log[0]?.event === 'shipped')

    devtools.setOptions({ trigger: { token: 'wrong' } })
    await devtools.fire()
    expect(devtools.getSnapshot().creator.status).toBe('error')
    expect(devtools.getSnapshot().creator.message).toMatch(/^Not sent: .*401/)

    const calls: unknown[][] = []
    devtools.setOptions({ trigger: (...args) => calls.push(args) })
    expect(devtools.getSnapshot().via).toBe('your trigger function')
    await devtools.fire()
    expect(calls).toEqual([['creator', 'shipped', { order: 42 }]])

    const without = createDevtools(kit)
    without.setDraft('channel', 'creator')
    await without.fire()
    expect(without.getSnapshot().creator.message).toContain('pass `trigger`')

    // What @channelkit/server/vite hands a development page: the default endpoint.
    const page = globalThis as { __CHANNELKIT_CONTROL__?: unknown }
    page.__CHANNELKIT_CONTROL__ = server.control
    kits.defer(() => delete page.__CHANNELKIT_CONTROL__)
    const handed = createDevtools(kit)
    expect(handed.getSnapshot().via).toBe(`POST ${server.control!.url}/trigger`)
    handed.setDraft('channel', 'creator')
    handed.setDraft('event', 'shipped')
    handed.setDraft('data', '"handed"')
    await handed.fire()
    expect(handed.getSnapshot().creator.message).toBe('Sent shipped to creator.')
    await expect.poll(() => got.at(-1)).toBe('handed')
    lease.release()
  })

  it('the actions: open, tabs, height within bounds, connect and disconnect', async () => {
    const kit = kits.kit(null)
    const devtools = mounted(createDevtools(kit, { initialHeight: 10, position: 'top-left' }))
    expect(devtools.getSnapshot()).toMatchObject({
      open: false,
      tab: 'connection',
      height: 120,
      position: 'top-left',
    })
    devtools.toggle()
    devtools.setTab('events')
    devtools.setHeight(200)
    expect(devtools.getSnapshot()).toMatchObject({ open: true, tab: 'events', height: 200 })
    await until(devtools, (s) => s.connection.state === 'connected')
    devtools.disconnect()
    await until(devtools, (s) => s.connection.state === 'disconnected')
    devtools.connect()
    await until(devtools, (s) => s.connection.state === 'connected')
  })
})
