// @channelkit/devtools/vue. In a production build (NODE_ENV=production) this is a component that renders
// nothing, and bundlers drop the rest; `@channelkit/devtools/vue/production` keeps the devtools there too.
import * as Devtools from './ChannelKitDevtools'

export type {
  DevtoolsOptions as ChannelKitDevtoolsProps,
  DevtoolsPosition,
  DevtoolsTheme,
  DevtoolsTrigger,
} from '../core/types'

export const ChannelKitDevtools: typeof Devtools.ChannelKitDevtools =
  process.env.NODE_ENV === 'production'
    ? ((() => null) as unknown as typeof Devtools.ChannelKitDevtools)
    : Devtools.ChannelKitDevtools
