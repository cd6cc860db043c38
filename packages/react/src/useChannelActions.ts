import {
  type ChannelKit,
  type ChannelKitError,
  type ChannelLease,
  isChannelKitError,
  type TriggerResult,
} from '@channelkit/core'
import { useEffect, useMemo, useRef } from 'react'
import { attempt } from './attempt'
import { notMountedError } from './notMountedError'
import type { ClientTrigger } from './useClientTrigger'

export interface ChannelActions {
  trigger: ClientTrigger
  /** Re-attempt a subscription that ended in `error`. */
  retry(): void
}

/**
 * Holds a lease on `name` while mounted (effects never run on the server; StrictMode's extra release
 * is absorbed by core's grace period) and returns functions that act through it, stable per name.
 */
export function useChannelActions(kit: ChannelKit, name: string | null, api: string): ChannelActions {
  // The lease, or why there is none (a bad name: useChannel shows it as state, trigger throws it).
  const lease = useRef<ChannelLease | ChannelKitError | null>(null)
  useEffect(() => {
    if (name === null) return
    const current = attempt(() => kit.channel(name))
    lease.current = current
    return () => {
      lease.current = null
      if (!isChannelKitError(current)) current.release()
    }
  }, [kit, name])

  return useMemo(
    () => ({
      trigger: ((event: `client-${string}`, data?: unknown): TriggerResult => {
        const current = lease.current
        if (current === null) throw notMountedError(api, `send "${event}"`, name === null)
        if (isChannelKitError(current)) throw current
        return current.trigger(event, data)
      }) as ClientTrigger,
      retry: () => {
        if (lease.current && !isChannelKitError(lease.current)) lease.current.retry()
      },
    }),
    [api, name],
  )
}
