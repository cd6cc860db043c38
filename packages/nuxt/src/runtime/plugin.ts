import { defineNuxtPlugin, useRuntimeConfig } from 'nuxt/app'
import { installChannelKit } from './install'

export default defineNuxtPlugin({
  name: 'channelkit',
  setup(nuxtApp) {
    installChannelKit(nuxtApp, useRuntimeConfig().public.channelkit)
  },
})
