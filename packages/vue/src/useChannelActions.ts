import type { ChannelKit } from '@channelkit/core'
import { type ChannelActions, channelActions } from '@channelkit/core/adapter'
import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { type RenderPhase, watchLive } from './watchLive'

/**
 * Core's `trigger`/`retry` for the channel `name` names, holding it while the scope lives, from setup on
 * (never on the server): holding renders nothing, so a hydrating component holds at once too, and
 * `trigger()` in setup queues in both. A new name releases the old lease and takes the new one.
 */
export function useChannelActions(
  kit: ChannelKit,
  phase: RenderPhase,
  name: MaybeRefOrGetter<string | null>,
  api: string,
): Pick<ChannelActions, 'trigger' | 'retry'> {
  const actions = computed(() => channelActions(kit, toValue(name), api))
  watchLive(phase === 'server' ? 'server' : 'client', actions, (current, _, onCleanup) =>
    onCleanup(current.hold()),
  )
  return {
    trigger: ((...args: Parameters<ChannelActions['trigger']>) =>
      actions.value.trigger(...args)) as ChannelActions['trigger'],
    retry: () => actions.value.retry(),
  }
}
