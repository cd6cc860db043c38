import type { ChannelKit } from '@channelkit/core'
import type { PropType } from 'vue'
import type { DevtoolsPosition, DevtoolsTheme, DevtoolsTrigger } from '../core/types'

/** The props of ChannelKitDevtools (see `DevtoolsOptions`). */
export const devtoolsProps = {
  kit: Object as PropType<ChannelKit>,
  initialIsOpen: Boolean,
  position: String as PropType<DevtoolsPosition>,
  initialHeight: Number,
  logLimit: Number,
  trigger: [Object, Function] as PropType<DevtoolsTrigger>,
  theme: String as PropType<DevtoolsTheme>,
  styleNonce: String,
} as const
