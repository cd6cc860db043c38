import { defineNuxtPlugin, useRuntimeConfig } from 'nuxt/app'
import Pusher from 'pusher-js/with-encryption'
import { installChannelKit } from './install'

// `encrypted: true`: pusher-js's encryption build, which `private-encrypted-` channels need.
export default defineNuxtPlugin({
  name: 'channelkit',
  setup(nuxtApp) {
    installChannelKit(nuxtApp, useRuntimeConfig().public.channelkit, Pusher)
  },
})
