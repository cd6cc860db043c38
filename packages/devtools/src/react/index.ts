// @channelkit/devtools/react. In a production build (NODE_ENV=production) this is a component that renders
// nothing, and bundlers drop the rest; `@channelkit/devtools/react/production` keeps the devtools there too.
import type { ReactNode } from 'react'
import * as Devtools from './ChannelKitDevtools'

export type {
  DevtoolsOptions as ChannelKitDevtoolsProps,
  DevtoolsPosition,
  DevtoolsTheme,
  DevtoolsTrigger,
} from '../core/types'

export const ChannelKitDevtools: typeof Devtools.ChannelKitDevtools =
  process.env.NODE_ENV === 'production' ? (): ReactNode => null : Devtools.ChannelKitDevtools
