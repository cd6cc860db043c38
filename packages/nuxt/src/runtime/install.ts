import { type ChannelKitOptions, ChannelKitPlugin } from '@channelkit/vue'
import type { NuxtApp } from 'nuxt/app'
import { clientOptions } from './clientOptions'
import type { ChannelKitPublicRuntimeConfig } from './types'

/**
 * One kit per Vue app: per request on the server, where it never creates a pusher-js client (no socket, no
 * subscription; composables render their initial snapshots), and once in the browser, where it connects on
 * first use after hydration.
 */
export function installChannelKit(
  nuxtApp: NuxtApp,
  config: ChannelKitPublicRuntimeConfig,
  Pusher?: ChannelKitOptions['Pusher'],
): void {
  nuxtApp.vueApp.use(ChannelKitPlugin, {
    ...clientOptions(config),
    server: import.meta.server,
    ...(Pusher && { Pusher }),
  })
}
