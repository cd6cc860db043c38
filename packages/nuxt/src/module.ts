import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import {
  addComponent,
  addImports,
  addPlugin,
  createResolver,
  defineNuxtModule,
  tryResolveModule,
  useLogger,
} from '@nuxt/kit'
import { defu } from 'defu'
import { startDevServer } from './devServer'
import { type ChannelKitPublicRuntimeConfig, type ModuleOptions, publicRuntimeConfig } from './options'

export type {
  AuthEndpoint,
  ChannelKitPublicRuntimeConfig,
  DevServerOptions,
  ModuleOptions,
  Transport,
  UILabels,
  UIOptions,
  UIRuntimeConfig,
} from './options'

/** The composables the module auto-imports (from `@channelkit/vue`). */
export const COMPOSABLES = [
  'useChannel',
  'useClientTrigger',
  'useConnectionState',
  'useEvent',
  'useNotifications',
  'usePresence',
  'usePusher',
  'useStore',
  'useTyping',
  'useUser',
  'useWatchlist',
] as const

/** The components the module registers when `@channelkit/vue-ui` is installed. */
export const COMPONENTS = [
  'ConnectionStatus',
  'ConnectionStatusView',
  'LiveNotifications',
  'LiveNotificationsView',
  'OnlineUsers',
  'OnlineUsersView',
  'TypingIndicator',
  'TypingIndicatorView',
] as const

declare module '@nuxt/schema' {
  interface PublicRuntimeConfig {
    channelkit: ChannelKitPublicRuntimeConfig
  }
}

export default defineNuxtModule<ModuleOptions>({
  meta: {
    name: '@channelkit/nuxt',
    configKey: 'channelkit',
    compatibility: { nuxt: '>=4.0.0' },
  },
  defaults: {
    styles: true,
    imports: true,
    components: true,
    encrypted: false,
    devServer: false,
  },
  async setup(options, nuxt) {
    const logger = useLogger('channelkit')
    const resolver = createRequire(import.meta.url)
    const { resolve } = createResolver(import.meta.url)

    // Options in nuxt.config fill runtimeConfig.public.channelkit; what the app set there itself wins, and
    // NUXT_PUBLIC_CHANNELKIT_* environment variables win at run time.
    const runtime = nuxt.options.runtimeConfig.public
    const channelkit = defu(
      runtime.channelkit as Partial<ChannelKitPublicRuntimeConfig> | undefined,
      publicRuntimeConfig(options),
    ) as ChannelKitPublicRuntimeConfig
    runtime.channelkit = channelkit

    if (options.devServer && nuxt.options.dev && !nuxt.options._prepare) {
      const server = await startDevServer(nuxt, options.devServer === true ? {} : options.devServer, logger)
      if (server) {
        // The local server replaces whatever Pusher settings development had (environment variables still win).
        Object.assign(channelkit, {
          key: server.key,
          cluster: 'mt1',
          wsHost: server.host,
          wsPort: server.port,
          wssPort: server.port,
          forceTLS: false,
          enabledTransports: ['ws'],
        })
      }
    }

    nuxt.options.build.transpile.push(resolve('./runtime'))
    addPlugin(resolve(options.encrypted ? './runtime/plugin.encrypted' : './runtime/plugin'))

    if (options.styles) nuxt.options.css.push(resolver.resolve('@channelkit/styles'))

    if (options.imports) {
      addImports(COMPOSABLES.map((name) => ({ name, from: resolve('./runtime/composables') })))
    }

    // The UI kit is an optional peer: registered only when the app installed it (resolved from the app).
    const ui = await tryResolveModule(
      '@channelkit/vue-ui',
      [nuxt.options.rootDir, ...nuxt.options.modulesDir].map((dir) => pathToFileURL(`${dir}/`)),
    )
    if (ui) {
      if (options.components) {
        const prefix = typeof options.components === 'object' ? (options.components.prefix ?? '') : ''
        for (const name of COMPONENTS) {
          addComponent({ name: `${prefix}${name}`, export: name, filePath: '@channelkit/vue-ui' })
        }
      }
      if (options.imports) addImports({ name: 'useTypingInput', from: '@channelkit/vue-ui' })
      // Locale, direction and labels from `channelkit.ui` (and NUXT_PUBLIC_CHANNELKIT_UI_* at run time).
      addPlugin(resolve('./runtime/plugin.ui'))
    } else {
      if (options.components === true || typeof options.components === 'object')
        logger.debug('@channelkit/vue-ui is not installed: no components registered')
      if (options.ui)
        logger.warn('`channelkit.ui` needs @channelkit/vue-ui: install it, or remove the option')
    }
  },
})
