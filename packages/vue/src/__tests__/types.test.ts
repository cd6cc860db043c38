import {
  type ChannelSnapshot,
  type ChannelStatus,
  createChannelKit,
  isChannelKitError,
  type Member,
  type PresenceSnapshot,
  type TriggerResult,
} from '@channelkit/core'
import { expectTypeOf, test } from 'vitest'
import { type Ref, ref, type ShallowRef } from 'vue'
import { useChannel, useClientTrigger, useEvent, usePresence, useStore } from '..'

declare module '@channelkit/core' {
  interface Register {
    events: {
      'private-typed': { message: { text: string }; 'client-typing': { by: string } }
    }
  }
}

// Never called: tsc (`pnpm typecheck`) checks these bodies.
function registeredEvents() {
  useEvent('private-typed', 'message', (data) => expectTypeOf(data).toEqualTypeOf<{ text: string }>())
  useEvent(ref('private-typed' as const), 'message', (data) =>
    expectTypeOf(data).toEqualTypeOf<{ text: string }>(),
  )
  useEvent(
    () => 'private-typed' as const,
    'message',
    (data) => expectTypeOf(data).toEqualTypeOf<{ text: string }>(),
  )
  const trigger = useClientTrigger('private-typed')
  expectTypeOf(trigger('client-typing', { by: 'alice' })).toEqualTypeOf<TriggerResult>()
  expectTypeOf(trigger).toBeCallableWith('client-typing', { by: 'alice' })
}

function explicitGenerics() {
  useEvent<{ n: number }>('elsewhere', 'tick', (data) => expectTypeOf(data).toEqualTypeOf<{ n: number }>())
  useEvent('elsewhere', null, (event, data) => {
    expectTypeOf(event).toEqualTypeOf<string>()
    expectTypeOf(data).toEqualTypeOf<unknown>()
  })
  const roster = usePresence<{ name: string }>('presence-room')
  expectTypeOf(roster.value.members).toEqualTypeOf<readonly Member<{ name: string }>[]>()
  expectTypeOf(usePresence('presence-room', (r) => r.count)).toEqualTypeOf<Readonly<ShallowRef<number>>>()
  const { status, trigger } = useChannel<{ 'client-move': { x: number } }>('private-game')
  expectTypeOf(status).toEqualTypeOf<Readonly<Ref<ChannelStatus>>>()
  expectTypeOf(trigger).toBeCallableWith('client-move', { x: 1 })
  const store = { getSnapshot: () => 1, subscribe: () => () => {} }
  expectTypeOf(useStore(store, (n) => String(n))).toEqualTypeOf<Readonly<ShallowRef<string>>>()
  expectTypeOf(useStore(ref(store))).toEqualTypeOf<Readonly<ShallowRef<number>>>()
  expectTypeOf<ChannelSnapshot['name']>().toEqualTypeOf<string>()
}

test('typed events from Register and from explicit generics (checked by tsc)', () => {
  expectTypeOf(registeredEvents).toBeFunction()
  expectTypeOf(explicitGenerics).toBeFunction()
  expectTypeOf(defectsOfIssue17).toBeFunction()
})

function defectsOfIssue17() {
  // Client events without data on channels with no registered events.
  expectTypeOf(useClientTrigger('private-untyped')('client-ping')).toEqualTypeOf<TriggerResult>()
  expectTypeOf(useChannel('private-untyped').trigger('client-ping')).toEqualTypeOf<TriggerResult>()
  // A selector with its parameter typed infers the slice; both type arguments can be given too.
  const named = usePresence('presence-room', (s: PresenceSnapshot<{ name: string }>) => s.me?.info.name)
  expectTypeOf(named).toEqualTypeOf<Readonly<ShallowRef<string | undefined>>>()
  expectTypeOf(usePresence<{ id: number }, number>('presence-room', (s) => s.count)).toEqualTypeOf<
    Readonly<ShallowRef<number>>
  >()
  // Error details are narrowed by code.
  const error: unknown = undefined
  if (isChannelKitError(error) && error.code === 'rate_limited')
    expectTypeOf(error.details.retryAfter).toEqualTypeOf<number>()
  createChannelKit({
    key: 'k',
    cluster: 'mt1',
    onError(e) {
      if (e.code === 'payload_too_large') expectTypeOf(e.details.limit).toEqualTypeOf<number>()
    },
  })
}
