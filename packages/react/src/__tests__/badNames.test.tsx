import type { ChannelKitError } from '@channelkit/core'
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEvent } from '../useEvent'
import { useNotifications } from '../useNotifications'
import { usePresence } from '../usePresence'
import { useTyping } from '../useTyping'
import { alice, liveServer } from './helpers'

const live = liveServer()

/** A kit whose errors land in `errors` instead of the console. */
function reportingKit() {
  const errors: ChannelKitError[] = []
  const kit = live.kit(alice, { onError: (error) => errors.push(error) })
  return { kit, errors, codes: () => errors.map((e) => e.code) }
}

describe('a bad channel name never throws from a hook', () => {
  it('useEvent binds nothing and reports the name through onError', () => {
    const { kit, codes } = reportingKit()
    renderHook(() => useEvent('no spaces', 'message', () => {}), { wrapper: live.wrapper(kit) })
    expect(codes()).toEqual(['invalid_channel_name'])
    expect(kit.getClient()?.channels.all()).toEqual([])
  })

  it('under StrictMode (effects run twice) the name is reported once', () => {
    const { kit, codes } = reportingKit()
    renderHook(() => useEvent('no spaces', 'message', () => {}), {
      wrapper: live.wrapper(kit),
      reactStrictMode: true,
    })
    expect(codes()).toEqual(['invalid_channel_name'])
  })

  it('useTyping shows nobody typing; start/stop do nothing; onError has the reason', () => {
    const { kit, codes } = reportingKit()
    const { result } = renderHook(() => useTyping('no spaces'), { wrapper: live.wrapper(kit) })
    expect(result.current.typing).toEqual([])
    expect(() => {
      result.current.start()
      result.current.stop()
    }).not.toThrow()
    expect(codes()).toEqual(['invalid_channel_name'])
  })

  it('useNotifications reports the name and still queues what push adds', () => {
    const { kit, codes } = reportingKit()
    const { result } = renderHook(() => useNotifications<string>('no spaces', 'alert', { duration: 0 }), {
      wrapper: live.wrapper(kit),
    })
    act(() => {
      result.current.push('local')
    })
    expect(result.current.visible.map((n) => n.data)).toEqual(['local'])
    expect(codes()).toEqual(['invalid_channel_name'])
  })

  it('usePresence shows why: the error carries the code and the fix', () => {
    const { kit, errors } = reportingKit()
    const { result } = renderHook(() => usePresence('private-room'), { wrapper: live.wrapper(kit) })
    expect(result.current).toMatchObject({
      status: 'error',
      error: { type: 'ChannelKitError', code: 'not_a_presence_channel' },
    })
    expect(result.current.error?.error).toContain('"presence-room"')
    expect(errors).toEqual([]) // state, not a report
  })
})
