import {
  type ChannelKit,
  type ChannelKitError,
  type ChannelLease,
  isChannelKitError,
  type TriggerResult,
} from '@channelkit/core'
import { type MaybeRefOrGetter, toValue } from 'vue'
import { attempt } from './attempt'
import { notMountedError } from './notMountedError'
import type { ClientTrigger } from './useClientTrigger'
import { type RenderPhase, watchLive } from './watchLive'

export interface ChannelActions {
  trigger: ClientTrigger
  /** Re-attempt a subscription that ended in `error`. */
  retry(): void
}

/**
 * Holds a lease on the channel `name` names while the scope lives (never on the server; after mount when
 * hydrating) and returns functions that act through it. A new name releases the old lease and takes the
 * new one; `null` holds nothing.
 */
export function useChannelActions(
  kit: ChannelKit,
  phase: RenderPhase,
  name: MaybeRefOrGetter<string | null>,
  api: string,
): ChannelActions {
  // The lease, or why there is none (a bad name: useChannel shows it as state, trigger throws it).
  let lease: ChannelLease | ChannelKitError | null = null
  watchLive(
    phase,
    () => toValue(name),
    (channel, _, onCleanup) => {
      if (channel === null) return
      const current = attempt(() => kit.channel(channel))
      lease = current
      onCleanup(() => {
        lease = null
        if (!isChannelKitError(current)) current.release()
      })
    },
  )
  return {
    trigger: ((event: `client-${string}`, data?: unknown): TriggerResult => {
      const current = lease
      if (current === null) throw notMountedError(api, `send "${event}"`, toValue(name) === null)
      if (isChannelKitError(current)) throw current
      return current.trigger(event, data)
    }) as ClientTrigger,
    retry: () => {
      if (lease && !isChannelKitError(lease)) lease.retry()
    },
  }
}
