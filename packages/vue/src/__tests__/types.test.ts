import type { ChannelSnapshot, ChannelStatus, Member, TriggerResult } from '@channelkit/core'
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
})
