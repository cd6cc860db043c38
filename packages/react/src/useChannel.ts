import type { ChannelSnapshot, EventsOf } from '@channelkit/core'
import { type ChannelActions, type ChannelStoreOptions, channelStore } from '@channelkit/core/adapter'
import { useMemo } from 'react'
import { useKit } from './context'
import { useChannelActions } from './useChannelActions'
import { useStore } from './useStore'

/** `enabled: false` holds off the subscription, like a `null` name. */
export type UseChannelOptions = ChannelStoreOptions

export interface UseChannelResult<Events extends Record<string, unknown> = Record<string, unknown>>
  extends ChannelSnapshot,
    Pick<ChannelActions<Events>, 'trigger' | 'retry'> {}

/**
 * Subscribes to `name` while mounted and returns its state (`status`, `error`, `subscriptionCount`…)
 * with `trigger` and `retry`. `null` subscribes to nothing yet.
 */
export function useChannel<C extends string>(
  name: C | null,
  options?: UseChannelOptions,
): UseChannelResult<EventsOf<C>>
export function useChannel<Events extends Record<string, unknown>>(
  name: string | null,
  options?: UseChannelOptions,
): UseChannelResult<Events>
export function useChannel(name: string | null, options?: UseChannelOptions): UseChannelResult {
  const kit = useKit('useChannel')
  const enabled = options?.enabled !== false
  const store = useMemo(() => channelStore(kit, name, { enabled }), [kit, name, enabled])
  const snapshot = useStore(store)
  const { trigger, retry } = useChannelActions(kit, enabled ? name : null, 'useChannel')
  return useMemo(() => ({ ...snapshot, trigger, retry }), [snapshot, trigger, retry])
}
