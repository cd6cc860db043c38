import type { EventData, EventHandler, EventMetadata, EventsOf, GlobalEventHandler } from '@channelkit/core'
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
    // Fixed arity, no rest/spread: this runs for every event.
    const call =
      event === null
        ? (name: string, data: unknown, metadata?: EventMetadata) =>
            (latest.current as GlobalEventHandler)(name, data, metadata)
        : (data: unknown, metadata?: EventMetadata) => (latest.current as EventHandler)(data, metadata)
    return kit.listen(channel, event, call)
  }, [kit, channel, event])
}
