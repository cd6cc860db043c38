import type { Translation } from '@channelkit/core/ui'

/** The pusher-js transports a Nuxt app may restrict itself to. */
export type Transport = 'ws' | 'wss' | 'xhr_streaming' | 'xhr_polling' | 'sockjs'

/** Where pusher-js asks for channel authorization or user authentication (all serializable). */
export interface AuthEndpoint {
  /** A path of your app (a Nuxt server route) or a full URL. */
  endpoint: string
  /** `'ajax'` (a POST with the page's cookies) or `'jsonp'`. Default `'ajax'`. */
  transport: 'ajax' | 'jsonp'
  /** Extra headers sent with each request. */
  headers: Record<string, string>
  /** Extra form fields sent with each request. */
  params: Record<string, string>
}

/**
 * What the browser needs to connect: `runtimeConfig.public.channelkit`. Every field is present, so Nuxt's
 * environment variables can set it at run time (`NUXT_PUBLIC_CHANNELKIT_KEY`, `…_WS_HOST`, `…_WS_PORT`,
 * `…_FORCE_TLS`, `…_CHANNEL_AUTHORIZATION_ENDPOINT`, …); `''` means "not set" (the default applies).
 */
export interface ChannelKitPublicRuntimeConfig {
  key: string
  cluster: string
  wsHost: string
  wsPort: number | ''
  wssPort: number | ''
  forceTLS: boolean | ''
  enabledTransports: Transport[]
  channelAuthorization: AuthEndpoint
  userAuthentication: AuthEndpoint
  releaseDelay: number | ''
  subscriptionTimeout: number | ''
  /** The UI kit's locale, direction and labels (`NUXT_PUBLIC_CHANNELKIT_UI_LOCALE`, `…_UI_DIR`). */
  ui: UIRuntimeConfig
}

/** Strings over the locale's, by component, as plain data (templates and plural forms, no functions). */
export type UILabels = { [K in keyof Translation]?: Partial<Translation[K]> }

/** `runtimeConfig.public.channelkit.ui`: the UI kit's settings for the whole app; `''` means "not set". */
export interface UIRuntimeConfig {
  locale: string
  dir: 'ltr' | 'rtl' | 'auto' | ''
  labels: UILabels
}
