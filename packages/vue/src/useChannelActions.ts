import type { ChannelActions, ChannelKit } from '@channelkit/core'
import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { type RenderPhase, watchLive } from './watchLive'

/**
 * Core's `trigger`/`retry` for the channel `name` names, holding it while the scope lives (never on the
 * server; after mount when hydrating). A new name releases the old lease and takes the new one.
 */
export function useChannelActions(
  kit: ChannelKit,
  phase: RenderPhase,
  name: MaybeRefOrGetter<string | null>,
  api: string,
): Pick<ChannelActions, 'trigger' | 'retry'> {
  const actions = computed(() => kit.channelActions(toValue(name), api))
  watchLive(phase, actions, (current, _, onCleanup) => onCleanup(current.hold()))
  return {
    trigger: ((...args: Parameters<ChannelActions['trigger']>) =>
      actions.value.trigger(...args)) as ChannelActions['trigger'],
    retry: () => actions.value.retry(),
  }
}
