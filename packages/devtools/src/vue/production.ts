// @channelkit/devtools/vue/production: the devtools in every build, production included.

export type {
  DevtoolsOptions as ChannelKitDevtoolsProps,
  DevtoolsPosition,
  DevtoolsTheme,
  DevtoolsTrigger,
} from '../core/types'
export { ChannelKitDevtools } from './ChannelKitDevtools'
