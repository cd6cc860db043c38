import { notMountedError } from './notMountedError'
import type { ChannelActions, ClientTrigger, PresenceLease } from './types'

const noop = () => {}

/**
 * `trigger`/`retry` through a lease the adapter takes with `hold()` from an effect (StrictMode's
 * hold-release-hold is absorbed by the registry's grace period). `lease` never throws.
 */
export function createChannelActions(
  lease: (name: string) => PresenceLease,
  name: string | null,
  api: string,
): ChannelActions {
  let held: PresenceLease | undefined
  return {
    hold() {
      if (name === null) return noop
      const own = lease(name)
      held = own
      return () => {
        if (held === own) held = undefined
        own.release()
      }
    },
    trigger: ((event: `client-${string}`, data?: unknown) => {
      if (!held) throw notMountedError(api, `send "${event}"`, name === null)
      return held.trigger(event, data)
    }) as ClientTrigger,
    retry: () => held?.retry(),
  }
}
