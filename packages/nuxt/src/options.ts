import type {
  AuthEndpoint,
  ChannelKitPublicRuntimeConfig,
  Transport,
  UILabels,
  UIRuntimeConfig,
} from './runtime/types'

export type { AuthEndpoint, ChannelKitPublicRuntimeConfig, Transport, UILabels, UIRuntimeConfig }

/** `channelkit.ui`: what `app.use(ChannelKitUIPlugin, …)` takes, as plain data (it goes to the runtime config). */
export interface UIOptions {
  /**
   * A BCP 47 tag (`'fr'`, `'pt-BR'`): a built-in locale pack (en, fr, de, es, ja, ar), its plural rules and
   * direction. `NUXT_PUBLIC_CHANNELKIT_UI_LOCALE` sets it at run time.
   */
  locale?: string
  /** Text direction of the components: `'ltr'`, `'rtl'` or `'auto'`. Default: the locale pack's. */
  dir?: 'ltr' | 'rtl' | 'auto'
  /** Strings over the locale's, by component: `{ onlineUsers: { count: { one: '# here', other: '# here' } } }`. */
  labels?: UILabels
}

/** `channelkit.devServer`: the local server started by `nuxi dev`. */
export interface DevServerOptions {
  /** Default 6001. When the port is taken (another dev server of yours runs one), that server is used. */
  port?: number
  /**
   * Browser origins the local server accepts besides the Nuxt dev server's own (`http://localhost:<port>`,
   * `http://127.0.0.1:<port>` and `http://[::1]:<port>`), e.g. a tunnel's.
   */
  allowedOrigins?: string[]
}

/** `channelkit` in `nuxt.config`. */
export interface ModuleOptions {
  /** Your Pusher app key (`NUXT_PUBLIC_CHANNELKIT_KEY`). With `devServer`, the local server's in development. */
  key?: string
  /** Your Pusher cluster, e.g. `'eu'`. Default `'mt1'`. */
  cluster?: string
  /** Another Pusher-protocol server (soketi, the local server): its host. */
  wsHost?: string
  wsPort?: number
  wssPort?: number
  /** `false` for a plain `ws://` server (pusher-js's default is `true`). */
  forceTLS?: boolean
  enabledTransports?: Transport[]
  /** Default `{ endpoint: '/api/pusher/auth', transport: 'ajax' }`: a server route `server/api/pusher/auth.post.ts`. */
  channelAuthorization?: Partial<AuthEndpoint>
  /** Default `{ endpoint: '/api/pusher/user-auth', transport: 'ajax' }`: `server/api/pusher/user-auth.post.ts`. */
  userAuthentication?: Partial<AuthEndpoint>
  /** ChannelKit's grace period before unsubscribing, in ms (default 300). */
  releaseDelay?: number
  /** ms a subscription may hang before it shows `error` (default 10000). */
  subscriptionTimeout?: number
  /** Use pusher-js's encryption build (`pusher-js/with-encryption`) for `private-encrypted-` channels. Default `false`. */
  encrypted?: boolean
  /** Add `@channelkit/styles` to the app's CSS. Default `true`. */
  styles?: boolean
  /** Auto-import the composables (`useChannel`, `usePresence`, …). Default `true`. */
  imports?: boolean
  /**
   * Register the UI kit's components (`<OnlineUsers>`, `<TypingIndicator>`, …) when `@channelkit/vue-ui` is
   * installed. `{ prefix: 'Ck' }` names them `<CkOnlineUsers>`, …. Default `true`.
   */
  components?: boolean | { prefix?: string }
  /**
   * Development only: `nuxi dev` also starts `@channelkit/server` (install it as a dev dependency) on
   * 127.0.0.1:6001 and points the app at it, so no Pusher account is needed. Default `false`.
   */
  devServer?: boolean | DevServerOptions
  /**
   * Locale, text direction and labels of the UI kit's components, set once for the whole app (installs
   * `ChannelKitUIPlugin` when `@channelkit/vue-ui` is installed). Default: English, the page's direction.
   */
  ui?: UIOptions
}

const endpoint = (path: string, given: Partial<AuthEndpoint> | undefined): AuthEndpoint => ({
  endpoint: given?.endpoint ?? path,
  transport: given?.transport ?? 'ajax',
  headers: { ...given?.headers },
  params: { ...given?.params },
})

/** Module options → the public runtime config, every field present (see `ChannelKitPublicRuntimeConfig`). */
export function publicRuntimeConfig(options: ModuleOptions): ChannelKitPublicRuntimeConfig {
  return {
    key: options.key ?? '',
    cluster: options.cluster ?? 'mt1',
    wsHost: options.wsHost ?? '',
    wsPort: options.wsPort ?? '',
    wssPort: options.wssPort ?? '',
    forceTLS: options.forceTLS ?? '',
    enabledTransports: options.enabledTransports ?? [],
    channelAuthorization: endpoint('/api/pusher/auth', options.channelAuthorization),
    userAuthentication: endpoint('/api/pusher/user-auth', options.userAuthentication),
    releaseDelay: options.releaseDelay ?? '',
    subscriptionTimeout: options.subscriptionTimeout ?? '',
    ui: { locale: options.ui?.locale ?? '', dir: options.ui?.dir ?? '', labels: { ...options.ui?.labels } },
  }
}
