import type { ChannelKit } from '@channelkit/core'
import { missingKitError } from '@channelkit/core/adapter'
import { hasInjectionContext, inject } from 'vue'
import { version } from '../package.json'
import { channelKitKey } from './plugin'

const noKit = missingKitError('@channelkit/vue', version)

/** The kit from `ChannelKitPlugin` or `provideChannelKit` (its pusher-js client: `kit.getClient()`). */
export function usePusher(): ChannelKit {
  return injectKit('usePusher')
}

/** The provided kit, or the core's "missing provider" error naming the composable that needed it. */
export function injectKit(apiName: string): ChannelKit {
  const kit = hasInjectionContext() ? inject(channelKitKey, null) : null
  if (kit) return kit
  throw noKit(
    apiName,
    process.env.NODE_ENV !== 'production' &&
      'found no ChannelKit: call it in setup() of a component of an app created after app.use(ChannelKitPlugin, { key, cluster }) (or { kit }).',
  )
}
