import { caught } from '@channelkit/test-utils'
import Pusher from 'pusher-js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createChannelKit } from '../createChannelKit'
import { isChannelKitError } from '../errors'
import { createNotificationStore } from '../notifications'
import { notMountedError } from '../notMountedError'
import {
  EMPTY_NOTIFICATIONS,
  EMPTY_TYPING,
  INITIAL_CONNECTION,
  INITIAL_USER,
  INITIAL_WATCHLIST,
  initialChannelSnapshot,
  initialPresenceSnapshot,
} from '../snapshots'
import { serverSnapshotOf } from '../store'
import { createTypingStore } from '../typing'
import { connected, makeKit, until, withServer } from './harness'

const t = withServer()

/** A pusher-js client of another user, subscribed to `channel`. */
async function otherClient(channel: string) {
  const client = new Pusher(t.server.app.key, t.server.wsOptions({ user: { id: 'other' } }))
  const subscription = client.subscribe(channel)
  await expect.poll(() => subscription.subscribed).toBe(true)
  return { client, subscription }
}

describe('stores for adapters never throw for a bad name: the refusal is state', () => {
  it('channelStore: invalid name → status error with the code and message, on the server too', () => {
    const { kit } = makeKit(t.server)
    const store = kit.channelStore('no spaces')
    const off = store.subscribe(() => {})
    expect(store.getSnapshot()).toMatchObject({
      name: 'no spaces',
      status: 'error',
      error: { type: 'ChannelKitError', code: 'invalid_channel_name', status: undefined },
    })
    expect(store.getSnapshot().error?.error).toMatch(/only letters, digits/)
    expect(store.getServerSnapshot()).toBe(store.getSnapshot())
    off()
    expect(kit.getClient()?.channels.all()).toEqual([])

    const ssr = createChannelKit({ key: 'k', cluster: 'mt1', server: true })
    expect(ssr.channelStore('no spaces').getServerSnapshot()).toEqual(store.getSnapshot())
  })

  it('channelStore: null and enabled: false hold nothing and show the initial snapshot', () => {
    let clients = 0
    class Counting extends Pusher {
      constructor(...args: ConstructorParameters<typeof Pusher>) {
        clients++
        super(...args)
      }
    }
    const { kit } = makeKit(t.server, { Pusher: Counting })
    const none = kit.channelStore(null)
    none.subscribe(() => {})
    expect(none.getSnapshot()).toEqual(initialChannelSnapshot(''))
    const gated = kit.channelStore('private-gated', { enabled: false })
    gated.subscribe(() => {})
    expect(gated.getSnapshot()).toEqual(initialChannelSnapshot('private-gated'))
    kit.presenceStore(null).subscribe(() => {})
    expect(clients).toBe(0)
  })

  it('presenceStore: invalid or non-presence names → error with the code; null → the empty roster', () => {
    const { kit } = makeKit(t.server)
    expect(kit.presenceStore('private-room').getSnapshot()).toMatchObject({
      status: 'error',
      count: 0,
      members: [],
      error: { code: 'not_a_presence_channel' },
    })
    expect(kit.presenceStore('presence-#x').getSnapshot().error?.code).toBe('invalid_channel_name')
    expect(kit.presenceStore(null).getSnapshot()).toBe(initialPresenceSnapshot())
    expect(kit.presenceStore(null).getServerSnapshot()).toBe(initialPresenceSnapshot())
  })

  it('a destroyed kit: stores show no_client, a store made before subscribes to nothing', () => {
    const { kit } = makeKit(t.server)
    const before = kit.channelStore('private-late')
    kit.destroy()
    expect(kit.channelStore('private-late').getSnapshot().error?.code).toBe('no_client')
    const off = before.subscribe(() => {})
    expect(before.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'no_client' } })
    off()
  })

  it('the presence roster carries the channel error (a refused presence subscription)', async () => {
    const { kit } = makeKit(t.server) // no user: the dev auth endpoint refuses presence
    const store = kit.presenceStore('presence-nouser')
    const off = store.subscribe(() => {})
    const failed = await until(store, (s) => s.status === 'error')
    expect(failed.error).toMatchObject({ type: 'AuthError' })
    expect(failed.error?.code).toBeUndefined()
    off()
  })
})

describe('channelStore cache', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a store never subscribed is dropped after the grace period (no leak)', () => {
    vi.useFakeTimers()
    const kit = createChannelKit({ key: 'k', cluster: 'mt1', server: false, releaseDelay: 100 })
    const unused = kit.channelStore('private-unused')
    const presence = kit.presenceStore('presence-unused')
    expect(kit.channelStore('private-unused')).toBe(unused)
    expect(kit.presenceStore('presence-unused')).toBe(presence)
    vi.advanceTimersByTime(99)
    expect(kit.channelStore('private-unused')).toBe(unused)
    vi.advanceTimersByTime(1)
    expect(vi.getTimerCount()).toBe(0) // nothing held, nothing pending
    expect(kit.channelStore('private-unused')).not.toBe(unused)
    expect(kit.presenceStore('presence-unused')).not.toBe(presence)
    kit.destroy()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a subscribed store stays cached past the grace; the grace counts from its last unsubscribe', async () => {
    const client = new Pusher(t.server.app.key, t.server.wsOptions())
    try {
      await expect.poll(() => client.connection.state).toBe('connected')
      vi.useFakeTimers()
      const kit = createChannelKit({ client, releaseDelay: 30 })
      const store = kit.channelStore('kept')
      const off = store.subscribe(() => {})
      vi.advanceTimersByTime(1000)
      expect(kit.channelStore('kept')).toBe(store)
      off()
      vi.advanceTimersByTime(29)
      expect(kit.channelStore('kept')).toBe(store)
      vi.advanceTimersByTime(1)
      expect(kit.channelStore('kept')).not.toBe(store)
      kit.destroy()
    } finally {
      client.disconnect()
    }
  })
})

describe('kit-level stores say what the server rendered', () => {
  it('connection, user and watchlist: getServerSnapshot() is the initial snapshot, also once connected', async () => {
    const { kit } = makeKit(t.server)
    await connected(kit)
    expect(kit.connection.getSnapshot().state).toBe('connected')
    expect(kit.connection.getServerSnapshot?.()).toBe(INITIAL_CONNECTION)
    expect(serverSnapshotOf(kit.connection)).toEqual({
      state: 'initialized',
      previous: 'initialized',
      socketId: undefined,
      error: undefined,
    })
    expect(serverSnapshotOf(kit.user)).toBe(INITIAL_USER)
    expect(serverSnapshotOf(kit.watchlist)).toBe(INITIAL_WATCHLIST)
    const plain = { getSnapshot: () => 1, subscribe: () => () => {} }
    expect(serverSnapshotOf(plain)).toBe(1)
  })
})

describe('listen', () => {
  it('binds an event (or every event) while held; the stop function unbinds and releases', async () => {
    const { kit, errors } = makeKit(t.server)
    const one: unknown[] = []
    const every: unknown[] = []
    const stopOne = kit.listen('news', 'headline', (data) => one.push(data))
    const stopEvery = kit.listen('news', null, (event, data) => every.push([event, data]))
    await until(kit.channelStore('news'), (s) => s.status === 'subscribed')
    await t.server.pusher().trigger('news', 'headline', { n: 1 })
    await t.server.pusher().trigger('news', 'other', { n: 2 })
    await expect
      .poll(() => every)
      .toEqual([
        ['headline', { n: 1 }],
        ['other', { n: 2 }],
      ])
    expect(one).toEqual([{ n: 1 }])
    stopOne()
    stopEvery()
    stopEvery()
    await expect.poll(() => t.inbound('pusher:unsubscribe', 'news')).toHaveLength(1)
    expect(kit.getClient()?.channel('news')).toBeUndefined()
    expect(errors).toEqual([])
  })

  it('a bad name binds nothing and goes to onError; null binds nothing quietly', () => {
    const { kit, errors } = makeKit(t.server)
    expect(() => kit.listen('bad name', 'x', () => {})()).not.toThrow()
    kit.listen(null, null, () => {})()
    expect(errors.map((e) => e.code)).toEqual(['invalid_channel_name'])
    expect(kit.getClient()?.channels.all() ?? []).toEqual([])
  })
})

describe('channelActions', () => {
  it('throws no_client naming the hook before hold() and after release; sends while held', async () => {
    const { kit } = makeKit(t.server, { user: { id: 'me' } })
    const other = await otherClient('private-actions')
    const heard: unknown[] = []
    other.subscription.bind('client-ping', (data: unknown) => heard.push(data))
    try {
      const actions = kit.channelActions('private-actions', 'useClientTrigger')
      const early = caught(() => actions.trigger('client-ping', {}))
      expect(isChannelKitError(early, 'no_client')).toBe(true)
      expect((early as Error).message).toBe(
        notMountedError('useClientTrigger', 'send "client-ping"', false).message,
      )
      expect((early as Error).message).toMatch(
        /^useClientTrigger\(\): cannot send "client-ping": the component/,
      )
      expect(() => actions.retry()).not.toThrow()

      const release = actions.hold()
      expect(actions.trigger('client-ping', { n: 1 })).toBe('queued')
      await expect.poll(() => heard).toEqual([{ n: 1 }])
      release()
      expect(
        isChannelKitError(
          caught(() => actions.trigger('client-ping', {})),
          'no_client',
        ),
      ).toBe(true)
      await expect.poll(() => t.inbound('pusher:unsubscribe', 'private-actions')).toHaveLength(1)
    } finally {
      other.client.disconnect()
    }
  })

  it('StrictMode order (hold, release, hold) keeps one lease; a null name explains itself', async () => {
    const { kit } = makeKit(t.server, { user: { id: 'me' } })
    const actions = kit.channelActions('private-strict', 'useChannel')
    actions.hold()()
    const release = actions.hold()
    await until(kit.channelStore('private-strict'), (s) => s.status === 'subscribed')
    expect(t.inbound('pusher:subscribe', 'private-strict')).toHaveLength(1)
    expect(actions.trigger('client-ok', {})).toBe('sent')
    release()

    const none = kit.channelActions(null, 'useClientTrigger')
    none.hold()()
    expect((caught(() => none.trigger('client-x', {})) as Error).message).toBe(
      'useClientTrigger(): cannot send "client-x": the channel name is null; pass a name first.',
    )
  })

  it('a bad name: hold() does not throw, trigger throws the refusal, nothing reaches the wire', () => {
    const { kit, errors } = makeKit(t.server)
    const actions = kit.channelActions('no spaces', 'useChannel')
    const release = actions.hold()
    const error = caught(() => actions.trigger('client-x', {}))
    expect(isChannelKitError(error, 'invalid_channel_name')).toBe(true)
    expect(() => actions.retry()).not.toThrow()
    release()
    expect(errors).toEqual([])
    expect(kit.getClient()?.channels.all() ?? []).toEqual([])
  })
})

describe('typing and notifications on a bad channel report and stay empty', () => {
  it('typing: onError gets the refusal; start/stop/destroy do nothing', () => {
    const { kit, errors } = makeKit(t.server)
    const typing = createTypingStore(kit, 'bad name', { user: { id: 'me' } })
    expect(typing.getSnapshot()).toBe(EMPTY_TYPING)
    typing.start()
    typing.stop()
    typing.destroy()
    expect(errors.map((e) => e.code)).toEqual(['invalid_channel_name'])
    const none = createTypingStore(kit, null)
    none.start()
    none.destroy()
    expect(none.getSnapshot()).toBe(EMPTY_TYPING)
    expect(errors).toHaveLength(1)
    expect(kit.getClient()?.channels.all() ?? []).toEqual([])
  })

  it('notifications: onError gets the refusal, the queue still takes push()', () => {
    const { kit, errors } = makeKit(t.server)
    const toasts = createNotificationStore<string>(kit, 'bad name', 'alert', { duration: 0 })
    expect(toasts.getSnapshot()).toBe(EMPTY_NOTIFICATIONS)
    toasts.push('local')
    expect(toasts.getSnapshot().visible.map((n) => n.data)).toEqual(['local'])
    toasts.destroy()
    expect(errors.map((e) => e.code)).toEqual(['invalid_channel_name'])
    expect(kit.getClient()?.channels.all() ?? []).toEqual([])
  })
})
