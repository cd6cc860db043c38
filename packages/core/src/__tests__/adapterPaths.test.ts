import { caught } from '@channelkit/test-utils'
import Pusher from 'pusher-js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { channelActions, channelStore, listen, presenceStore } from '../adapter'
import { createChannelKit } from '../createChannelKit'
import { isChannelKitError } from '../errors'
import { createNotificationStore } from '../notifications'
import { notMountedError } from '../notMountedError'
import {
  EMPTY_NOTIFICATIONS,
  EMPTY_TYPING,
  IDLE_PRESENCE,
  INITIAL_CONNECTION,
  INITIAL_USER,
  INITIAL_WATCHLIST,
  initialChannelSnapshot,
} from '../snapshots'
import { serverSnapshotOf } from '../store'
import { createTypingStore } from '../typing'
import { userStore, watchlistStore } from '../userStore'
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
    const store = channelStore(kit, 'no spaces')
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
    expect(channelStore(ssr, 'no spaces').getServerSnapshot()).toEqual(store.getSnapshot())
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
    const none = channelStore(kit, null)
    none.subscribe(() => {})
    expect(none.getSnapshot()).toEqual(initialChannelSnapshot(''))
    const gated = channelStore(kit, 'private-gated', { enabled: false })
    gated.subscribe(() => {})
    expect(gated.getSnapshot()).toEqual(initialChannelSnapshot('private-gated'))
    presenceStore(kit, null).subscribe(() => {})
    expect(clients).toBe(0)
  })

  it('presenceStore: invalid or non-presence names → error with the code; null → the empty roster', () => {
    const { kit } = makeKit(t.server)
    expect(presenceStore(kit, 'private-room').getSnapshot()).toMatchObject({
      status: 'error',
      count: 0,
      members: [],
      error: { code: 'not_a_presence_channel' },
    })
    expect(presenceStore(kit, 'presence-#x').getSnapshot().error?.code).toBe('invalid_channel_name')
    expect(presenceStore(kit, null).getSnapshot()).toBe(IDLE_PRESENCE)
    expect(presenceStore(kit, null).getServerSnapshot()).toBe(IDLE_PRESENCE)
  })

  it('a destroyed kit: stores show no_client, a store made before subscribes to nothing', () => {
    const { kit } = makeKit(t.server)
    const before = channelStore(kit, 'private-late')
    kit.destroy()
    expect(channelStore(kit, 'private-late').getSnapshot().error?.code).toBe('no_client')
    const off = before.subscribe(() => {})
    expect(before.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'no_client' } })
    off()
  })

  it('the presence roster carries the channel error (a refused presence subscription)', async () => {
    const { kit } = makeKit(t.server) // no user: the dev auth endpoint refuses presence
    const store = presenceStore(kit, 'presence-nouser')
    const off = store.subscribe(() => {})
    const failed = await until(store, (s) => s.status === 'error')
    expect(failed.error).toMatchObject({ type: 'AuthError' })
    expect(failed.error?.code).toBeUndefined()
    off()
  })
})

describe('one store per channel, one grace timer', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('stores that are only read (rendering, SSR, discarded renders) hold nothing and start no timer', () => {
    vi.useFakeTimers()
    const kit = createChannelKit({ key: 'k', cluster: 'mt1', server: false, releaseDelay: 100 })
    const unused = channelStore(kit, 'private-unused')
    const presence = presenceStore(kit, 'presence-unused')
    expect(unused.getSnapshot()).toEqual(initialChannelSnapshot('private-unused'))
    expect(unused.getSnapshot()).toBe(unused.getSnapshot())
    expect(presence.getSnapshot()).toBe(IDLE_PRESENCE)
    expect(vi.getTimerCount()).toBe(0)
    expect(kit.getClient()?.channels.all()).toEqual([])
    kit.destroy()
  })

  it('every store of a name reads the one channel; its grace timer counts from the last unsubscribe', async () => {
    const client = new Pusher(t.server.app.key, t.server.wsOptions())
    try {
      await expect.poll(() => client.connection.state).toBe('connected')
      vi.useFakeTimers()
      // No subscription timeout: the grace timer is the only timer a channel keeps.
      const kit = createChannelKit({ client, releaseDelay: 30, subscriptionTimeout: 0 })
      const first = channelStore(kit, 'kept')
      const second = channelStore(kit, 'kept')
      const off = first.subscribe(() => {})
      expect(second.getSnapshot()).toBe(first.getSnapshot())
      expect(second.getSnapshot().status).toBe('subscribing')
      const offSecond = second.subscribe(() => {})
      off()
      vi.advanceTimersByTime(1000)
      expect(client.channel('kept')).toBeDefined()
      offSecond()
      expect(vi.getTimerCount()).toBe(1) // the grace timer, and only it
      vi.advanceTimersByTime(29)
      expect(client.channel('kept')).toBeDefined()
      vi.advanceTimersByTime(1)
      expect(vi.getTimerCount()).toBe(0)
      expect(first.getSnapshot()).toEqual(initialChannelSnapshot('kept'))
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
    expect(serverSnapshotOf(userStore(kit))).toBe(INITIAL_USER)
    expect(serverSnapshotOf(watchlistStore(kit))).toBe(INITIAL_WATCHLIST)
    const plain = { getSnapshot: () => 1, subscribe: () => () => {} }
    expect(serverSnapshotOf(plain)).toBe(1)
  })
})

describe('listen', () => {
  it('binds an event (or every event) while held; the stop function unbinds and releases', async () => {
    const { kit, errors } = makeKit(t.server)
    const one: unknown[] = []
    const every: unknown[] = []
    const stopOne = listen(kit, 'news', 'headline', (data) => one.push(data))
    const stopEvery = listen(kit, 'news', null, (event, data) => every.push([event, data]))
    await until(channelStore(kit, 'news'), (s) => s.status === 'subscribed')
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
    expect(() => listen(kit, 'bad name', 'x', () => {})()).not.toThrow()
    listen(kit, null, null, () => {})()
    expect(errors.map((e) => e.code)).toEqual(['invalid_channel_name'])
    expect(kit.getClient()?.channels.all() ?? []).toEqual([])
  })
})

describe('listen: every event, with metadata', () => {
  it('a global handler gets the sender of a client event on a presence channel', async () => {
    const name = 'presence-meta'
    const { kit } = makeKit(t.server, { user: { id: 'alice' } })
    const heard: unknown[] = []
    const stop = listen(kit, name, null, (event, data, metadata) => heard.push([event, data, metadata]))
    const other = new Pusher(t.server.app.key, t.server.wsOptions({ user: { id: 'bob' } }))
    try {
      const channel = other.subscribe(name)
      await expect
        .poll(() => channel.subscribed && presenceStore(kit, name).getSnapshot().count === 2)
        .toBe(true)
      channel.trigger('client-wave', { hi: 1 })
      await expect.poll(() => heard.length).toBe(1)
      await t.server.pusher().trigger(name, 'server-news', { n: 2 })
      await expect
        .poll(() => heard)
        .toEqual([
          ['client-wave', { hi: 1 }, { user_id: 'bob' }],
          ['server-news', { n: 2 }, {}],
        ])
    } finally {
      other.disconnect()
      stop()
    }
  })

  it('a bad name used twice in one tick (StrictMode) is reported once; again later, again', async () => {
    const { kit, errors } = makeKit(t.server)
    listen(kit, 'bad name', 'x', () => {})()
    listen(kit, 'bad name', 'x', () => {})()
    expect(errors.map((e) => e.code)).toEqual(['invalid_channel_name'])
    await Promise.resolve()
    listen(kit, 'bad name', 'x', () => {})()
    expect(errors.map((e) => e.code)).toEqual(['invalid_channel_name', 'invalid_channel_name'])
  })
})

describe('channelActions', () => {
  it('throws no_client naming the hook before hold() and after release; sends while held', async () => {
    const { kit } = makeKit(t.server, { user: { id: 'me' } })
    const other = await otherClient('private-actions')
    const heard: unknown[] = []
    other.subscription.bind('client-ping', (data: unknown) => heard.push(data))
    try {
      const actions = channelActions(kit, 'private-actions', 'useClientTrigger')
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
    const actions = channelActions(kit, 'private-strict', 'useChannel')
    actions.hold()()
    const release = actions.hold()
    await until(channelStore(kit, 'private-strict'), (s) => s.status === 'subscribed')
    expect(t.inbound('pusher:subscribe', 'private-strict')).toHaveLength(1)
    expect(actions.trigger('client-ok', {})).toBe('sent')
    release()

    const none = channelActions(kit, null, 'useClientTrigger')
    none.hold()()
    expect((caught(() => none.trigger('client-x', {})) as Error).message).toBe(
      'useClientTrigger(): cannot send "client-x": the channel name is null; pass a name first.',
    )
  })

  it('a bad name: hold() does not throw, trigger throws the refusal, nothing reaches the wire', () => {
    const { kit, errors } = makeKit(t.server)
    const actions = channelActions(kit, 'no spaces', 'useChannel')
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
