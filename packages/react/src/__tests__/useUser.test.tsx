import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useUser } from '../useUser'
import { useWatchlist } from '../useWatchlist'
import { alice, bob, liveServer } from './helpers'

const live = liveServer()

describe('useUser and useWatchlist', () => {
  it('signs in, then follows the watchlist as watched users come online and go offline', async () => {
    const kit = live.kit({ ...alice, watchlist: ['bob'] })
    const { result } = renderHook(() => ({ user: useUser(), watchlist: useWatchlist() }), {
      wrapper: live.wrapper(kit),
    })
    expect(result.current.user).toMatchObject({ status: 'signed-out', id: undefined })
    act(() => result.current.user.signin())
    await vi.waitFor(() => expect(result.current.user).toMatchObject({ status: 'signed-in', id: 'alice' }))
    expect(result.current.user.info).toEqual({ name: 'Alice' })

    const bobClient = live.client(bob)
    bobClient.signin()
    await vi.waitFor(() => expect(result.current.watchlist.online).toEqual(['bob']))
    bobClient.disconnect()
    await vi.waitFor(() => expect(result.current.watchlist).toEqual({ online: [], offline: ['bob'] }))
  })
})
