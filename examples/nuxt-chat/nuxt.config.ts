export default defineNuxtConfig({
  modules: ['@channelkit/nuxt'],
  compatibilityDate: '2026-11-01',
  devtools: { enabled: false },
  telemetry: false,
  css: ['~/assets/app.css'],

  // The browser's connection: runtimeConfig.public.channelkit. These defaults point at the local server;
  // in production set NUXT_PUBLIC_CHANNELKIT_KEY and _CLUSTER (and _WS_HOST, _WS_PORT, _FORCE_TLS for
  // another Pusher-protocol server) without rebuilding.
  channelkit: {
    key: 'channelkit-key',
    wsHost: '127.0.0.1',
    wsPort: 6001,
    forceTLS: false,
    enabledTransports: ['ws'],
    // `nuxi dev` starts the local server (@channelkit/server, a dev dependency): no Pusher account needed.
    devServer: true,
    // The UI kit's settings for the whole app (plain data; NUXT_PUBLIC_CHANNELKIT_UI_LOCALE=fr at run time).
    ui: { locale: 'en', labels: { onlineUsers: { empty: 'Nobody is in the room yet' } } },
  },

  // The server routes' `pusher` SDK (server/utils/pusher.ts): NUXT_PUSHER_APP_ID, _KEY, _SECRET, _CLUSTER,
  // _HOST, _PORT, _USE_TLS. Defaults: the local server's app. For Pusher itself set NUXT_PUSHER_HOST=''.
  runtimeConfig: {
    pusher: {
      appId: 'channelkit',
      key: 'channelkit-key',
      secret: 'channelkit-secret',
      cluster: 'mt1',
      host: '127.0.0.1',
      port: '6001',
      useTLS: false,
    },
  },
})
