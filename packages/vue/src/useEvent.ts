import type { EventData, EventHandler, EventsOf, GlobalEventHandler } from '@channelkit/core'
import { listen } from '@channelkit/core/adapter'
import { type MaybeRefOrGetter, toValue } from 'vue'
import { injectKit } from './usePusher'
import { renderPhase, watchLive } from './watchLive'

type AnyHandler = (...args: never[]) => void

/**
 * Calls `handler` for `event` on `channel` while the scope lives; `event: null` receives every event
 * (`handler(event, data, metadata)`), `channel: null` binds nothing yet. A new channel or event (ref or
 * getter) rebinds and releases the old channel.
 */
export function useEvent<C extends string, E extends keyof EventsOf<C> & string>(
  channel: MaybeRefOrGetter<C | null>,
  event: MaybeRefOrGetter<E>,
  handler: EventHandler<EventData<C, E>>,
): void
export function useEvent<T>(
  channel: MaybeRefOrGetter<string | null>,
  event: MaybeRefOrGetter<string>,
  handler: EventHandler<T>,
): void
export function useEvent(
  channel: MaybeRefOrGetter<string | null>,
  event: null,
  handler: GlobalEventHandler,
): void
export function useEvent(
  channel: MaybeRefOrGetter<string | null>,
  event: MaybeRefOrGetter<string | null>,
  handler: AnyHandler,
): void {
  const kit = injectKit('useEvent')
  const call = handler as (...args: unknown[]) => void
  watchLive(
    renderPhase(),
    [() => toValue(channel), () => toValue(event)],
    ([name, eventName], _, onCleanup) => onCleanup(listen(kit, name, eventName, call)),
  )
}
