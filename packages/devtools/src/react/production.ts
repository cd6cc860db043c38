// @channelkit/devtools/react/production: the devtools in every build, production included
// (e.g. `lazy(() => import('@channelkit/devtools/react/production'))` behind a flag of yours).

export type {
  DevtoolsOptions as ChannelKitDevtoolsProps,
  DevtoolsPosition,
  DevtoolsTheme,
  DevtoolsTrigger,
} from '../core/types'
export { ChannelKitDevtools } from './ChannelKitDevtools'
