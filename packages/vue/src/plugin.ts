import { type ChannelKit, ChannelKitError, type ChannelKitOptions, createChannelKit } from '@channelkit/core'
import { type App, type InjectionKey, type Plugin, provide } from 'vue'

/** Where the plugin and `provideChannelKit` put the kit; `inject(channelKitKey)` reads it. */
export const channelKitKey: InjectionKey<ChannelKit> = Symbol('channelkit')

/** Either a kit the app made itself (the app owns it) or the options to make one (the plugin owns it). */
export type ChannelKitPluginOptions = ChannelKitOptions | { kit: ChannelKit }

/**
 * `app.use(ChannelKitPlugin, { key, cluster, ... })` or `app.use(ChannelKitPlugin, { kit })`.
 * A kit the plugin creates is destroyed when the app unmounts. Each app gets its own kit.
 */
export const ChannelKitPlugin: Plugin<[ChannelKitPluginOptions]> = {
  install(app: App, options: ChannelKitPluginOptions) {
    if (options && 'kit' in options) {
      if (!options.kit)
        throw new ChannelKitError(
          'invalid_options',
          'ChannelKitPlugin: `kit` is empty. Pass the kit from createChannelKit(), or app options like { key, cluster }.',
          { option: 'kit', value: options.kit },
        )
      app.provide(channelKitKey, options.kit)
      return
    }
    const kit = createChannelKit(options)
    app.provide(channelKitKey, kit)
    onAppUnmount(app, () => kit.destroy())
  },
}

/** Provide a kit to a component's descendants (call in `setup`). The caller keeps ownership of the kit. */
export function provideChannelKit(kit: ChannelKit): ChannelKit {
  provide(channelKitKey, kit)
  return kit
}

function onAppUnmount(app: App, cleanup: () => void): void {
  // app.onUnmount arrived in Vue 3.5; wrap unmount before that
  const legacy = app as App & { onUnmount?: (cleanup: () => void) => void }
  if (legacy.onUnmount) {
    legacy.onUnmount(cleanup)
    return
  }
  const unmount = app.unmount
  app.unmount = () => {
    unmount()
    cleanup()
  }
}
