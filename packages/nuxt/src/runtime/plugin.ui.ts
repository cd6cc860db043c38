import { ChannelKitUIPlugin } from '@channelkit/vue-ui'
import { defineNuxtPlugin, useRuntimeConfig } from 'nuxt/app'
import { uiConfig } from './uiConfig'

// Added only when @channelkit/vue-ui is installed: the same settings on the server and in the browser, so
// the server-rendered labels hydrate as they are.
export default defineNuxtPlugin({
  name: 'channelkit:ui',
  setup(nuxtApp) {
    nuxtApp.vueApp.use(ChannelKitUIPlugin, uiConfig(useRuntimeConfig().public.channelkit.ui))
  },
})
