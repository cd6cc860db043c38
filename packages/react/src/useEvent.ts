import type { EventData, EventHandler, EventMetadata, EventsOf, GlobalEventHandler } from '@channelkit/core'
import { listen } from '@channelkit/core/adapter'
import { useEffect, useInsertionEffect, useRef } from 'react'
import { useKit } from './context'

type AnyHandler = (...args: never[]) => void

/**
 * Calls `handler` for `event` on `channel` while mounted; `event: null` receives every event
 * (`handler(event, data, metadata)`), `channel: null` binds nothing yet. The latest handler is
 * always called: a new handler identity does not rebind.
 */
export function useEvent<C extends string, E extends keyof EventsOf<C> & string>(
  channel: C | null,
  event: E,
  handler: EventHandler<EventData<C, E>>,
): void
export function useEvent<T>(channel: string | null, event: string, handler: EventHandler<T>): void
export function useEvent(channel: string | null, event: null, handler: GlobalEventHandler): void
export function useEvent(channel: string | null, event: string | null, handler: AnyHandler): void {
  const kit = useKit('useEvent')
  const latest = useRef(handler)
  // Runs before any effect (and never on the server), so an event never reaches a stale handler.
  useInsertionEffect(() => {
    latest.current = handler
  })

  useEffect(() => {
    // Fixed arity, no rest/spread: this runs for every event. Per-event handlers get (data, metadata),
    // global ones (event, data, metadata): three arguments carry both.
    const call = (a: unknown, b?: unknown, c?: EventMetadata) =>
      (latest.current as (a: unknown, b?: unknown, c?: EventMetadata) => void)(a, b, c)
    return listen(kit, channel, event, call as EventHandler & GlobalEventHandler)
  }, [kit, channel, event])
}
