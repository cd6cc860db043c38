import { describe, expect, it } from 'vitest'
import { bindUser, signin, userStore, watchlistStore } from '../userStore'
import { denying, makeKit, record, until, withServer } from './harness'

const t = withServer()

describe('user sign-in, server-to-user events, watchlist', () => {
  it('signs in, receives sendToUser events, and follows the watchlist', async () => {
    const alice = makeKit(t.server, {
      user: { id: 'alice', info: { name: 'Alice' }, watchlist: ['bob', 'carol'] },
    })
    const seen = record(userStore(alice.kit))
    const watchlist = record(watchlistStore(alice.kit))
    const notices: unknown[] = []
    const unbind = bindUser(alice.kit, 'notice', (data) => notices.push(data))
    signin(alice.kit)
    const signedIn = await until(userStore(alice.kit), (s) => s.status === 'signed-in')
    expect(signedIn).toEqual({ status: 'signed-in', id: 'alice', info: { name: 'Alice' }, error: undefined })
    expect(seen.map((s) => s.status)).toEqual(['signed-out', 'signing-in', 'signed-in'])

    // The server sends the watchlist's current state right after sign-in.
    await until(watchlistStore(alice.kit), (s) => s.offline.length === 2)
    expect(watchlistStore(alice.kit).getSnapshot()).toEqual({ online: [], offline: ['bob', 'carol'] })

    const bob = makeKit(t.server, { user: { id: 'bob' } })
    signin(bob.kit)
    await until(watchlistStore(alice.kit), (s) => s.online.includes('bob'))
    expect(watchlistStore(alice.kit).getSnapshot()).toEqual({ online: ['bob'], offline: ['carol'] })

    await t.server.pusher().sendToUser('alice', 'notice', { text: 'hi Alice' })
    await t.server.pusher().sendToUser('bob', 'notice', { text: 'hi Bob' })
    await expect.poll(() => notices).toEqual([{ text: 'hi Alice' }])
    unbind()
    const later: unknown[] = []
    bindUser(alice.kit, 'notice', (data) => later.push(data))
    await t.server.pusher().sendToUser('alice', 'notice', { text: 'again' })
    await expect.poll(() => later).toEqual([{ text: 'again' }])

    bob.kit.destroy()
    await until(watchlistStore(alice.kit), (s) => s.offline.includes('bob'))
    expect(watchlistStore(alice.kit).getSnapshot()).toEqual({ online: [], offline: ['carol', 'bob'] })
    expect(notices).toEqual([{ text: 'hi Alice' }])
    expect(watchlist.length).toBeGreaterThanOrEqual(4)
  })

  it('a failing user-auth endpoint gives status error with signin_failed; signin() again recovers', async () => {
    const auth = denying(t.server, { id: 'dora' })
    const { kit } = makeKit(t.server, auth.options)
    signin(kit)
    const failed = await until(userStore(kit), (s) => s.status === 'error')
    expect(failed.error?.code).toBe('signin_failed')
    expect(failed.error?.message).toContain('HTTP 403')
    expect(failed.error?.message).toContain('signin() again')
    auth.heal()
    signin(kit)
    expect(userStore(kit).getSnapshot()).toMatchObject({ status: 'signing-in', error: undefined })
    await until(userStore(kit), (s) => s.status === 'signed-in')
    expect(userStore(kit).getSnapshot().id).toBe('dora')
  })
})
