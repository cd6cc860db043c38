import { type ChannelKit, missingProviderError } from '@channelkit/core'
import { hasInjectionContext, inject } from 'vue'
import { channelKitKey } from './plugin'

/** The kit from `ChannelKitPlugin` or `provideChannelKit` (its pusher-js client: `kit.getClient()`). */
export function usePusher(): ChannelKit {
  return injectKit('usePusher')
}

/** The provided kit, or the core's "missing provider" error naming the composable that needed it. */
export function injectKit(apiName: string): ChannelKit {
  const kit = hasInjectionContext() ? inject(channelKitKey, null) : null
  if (!kit) throw missingProviderError(apiName, 'vue')
  return kit
}
