import type { ChannelKit } from '@channelkit/core'
import { type ChannelActions, channelActions } from '@channelkit/core/adapter'
import { useEffect, useMemo } from 'react'

/**
 * Core's `trigger`/`retry` for `name`, stable per name, holding the channel while mounted (effects never
 * run on the server; StrictMode's extra release is absorbed by core's grace period).
 */
export function useChannelActions(kit: ChannelKit, name: string | null, api: string): ChannelActions {
  const actions = useMemo(() => channelActions(kit, name, api), [kit, name, api])
  useEffect(() => actions.hold(), [actions])
  return actions
}
