import type {
  ChannelSnapshot,
  EventMetadata,
  Member,
  PresenceSnapshot,
  TriggerResult,
} from '@channelkit/core'
import { createChannelKit, isChannelKitError } from '@channelkit/core'
import { describe, expectTypeOf, it } from 'vitest'
import { useChannel } from '../useChannel'
import { useClientTrigger } from '../useClientTrigger'
import { useConnectionState } from '../useConnectionState'
import { useEvent } from '../useEvent'
import { useNotifications } from '../useNotifications'
import { usePresence } from '../usePresence'

declare module '@channelkit/core' {
  interface Register {
    memberInfo: { name: string; avatar?: string }
    events: {
      'private-chat': {
        message: { text: string; from: string }
        'client-typing': { typing: boolean }
      }
    }
  }
}

describe('typed events', () => {
  it('useEvent infers payloads from Register', () => {
    useEvent('private-chat', 'message', (data, metadata) => {
      expectTypeOf(data).toEqualTypeOf<{ text: string; from: string }>()
      expectTypeOf(metadata).toEqualTypeOf<EventMetadata | undefined>()
    })
    // Unregistered channels and events are `unknown`.
    useEvent('public-news', 'headline', (data) => expectTypeOf(data).toBeUnknown())
  })

  it('useEvent takes an explicit payload type', () => {
    useEvent<{ price: number }>('ticker', 'tick', (data) =>
      expectTypeOf(data).toEqualTypeOf<{ price: number }>(),
    )
  })

  it('a null event gets the event name too', () => {
    useEvent('private-chat', null, (event, data) => {
      expectTypeOf(event).toBeString()
      expectTypeOf(data).toBeUnknown()
    })
  })

  it('client triggers check registered payloads', () => {
    const trigger = useClientTrigger('private-chat')
    expectTypeOf(trigger('client-typing', { typing: true })).toEqualTypeOf<TriggerResult>()
    // @ts-expect-error: the registered payload is { typing: boolean }
    trigger('client-typing', { typing: 'yes' })
    // @ts-expect-error: client events start with client-
    trigger('typing', {})

    const typed = useClientTrigger<{ 'client-move': { x: number } }>('private-board')
    typed('client-move', { x: 1 })
    // @ts-expect-error: x is a number
    typed('client-move', { x: '1' })

    const { trigger: fromChannel } = useChannel('private-chat')
    // @ts-expect-error: the registered payload is { typing: boolean }
    fromChannel('client-typing', {})
  })

  it('notifications carry the registered payload', () => {
    const toasts = useNotifications('private-chat', 'message')
    expectTypeOf(toasts.visible[0]!.data).toEqualTypeOf<{ text: string; from: string }>()
    const mapped = useNotifications<string>(null, null, { map: () => 'x' })
    expectTypeOf(mapped.push).parameter(0).toBeString()
  })
})

describe('snapshots and selectors', () => {
  it('useChannel returns the snapshot with trigger and retry', () => {
    expectTypeOf(useChannel(null)).toMatchTypeOf<ChannelSnapshot>()
    expectTypeOf(useChannel('x').retry).toEqualTypeOf<() => void>()
  })

  it('usePresence types the roster and selections', () => {
    expectTypeOf(usePresence<{ name: string }>('presence-room').me).toEqualTypeOf<
      Member<{ name: string }> | undefined
    >()
    expectTypeOf(usePresence('presence-room', (s) => s.count)).toEqualTypeOf<number>()
    const info = usePresence('presence-room', (s: PresenceSnapshot<{ name: string }>) => s.me?.info.name)
    expectTypeOf(info).toEqualTypeOf<string | undefined>()
    // With `memberInfo` registered, a selector needs no type argument at all.
    expectTypeOf(usePresence('presence-room', (s) => s.me?.info.name)).toEqualTypeOf<string | undefined>()
    expectTypeOf(usePresence('presence-room').members[0]!.info).toEqualTypeOf<{
      name: string
      avatar?: string
    }>()
    // Both type arguments given explicitly (TypeScript infers none of them once one is given).
    expectTypeOf(usePresence<{ id: number }, number>('presence-room', (s) => s.count)).toEqualTypeOf<number>()
  })

  it('client events without data on channels with no registered events', () => {
    expectTypeOf(useClientTrigger('private-untyped')('client-ping')).toEqualTypeOf<TriggerResult>()
    expectTypeOf(useChannel('private-untyped').trigger('client-ping')).toEqualTypeOf<TriggerResult>()
    useClientTrigger('private-untyped')('client-ping', { any: 'thing' })
  })

  it('error details are narrowed by code', () => {
    const error: unknown = undefined
    if (isChannelKitError(error)) {
      if (error.code === 'rate_limited') expectTypeOf(error.details.retryAfter).toEqualTypeOf<number>()
      if (error.code === 'payload_too_large') expectTypeOf(error.details.bytes).toEqualTypeOf<number>()
    }
    if (isChannelKitError(error, 'version_mismatch'))
      expectTypeOf(error.details.versions).toEqualTypeOf<string[]>()
    createChannelKit({
      key: 'k',
      cluster: 'mt1',
      onError(e) {
        if (e.code === 'client_event_dropped') expectTypeOf(e.details.event).toEqualTypeOf<string>()
      },
    })
  })

  it('useConnectionState selects', () => {
    expectTypeOf(useConnectionState((s) => s.socketId)).toEqualTypeOf<string | undefined>()
    expectTypeOf(useConnectionState().state).toEqualTypeOf<
      'initialized' | 'connecting' | 'connected' | 'unavailable' | 'failed' | 'disconnected'
    >()
  })
})
