// Storybook's debug view is @channelkit/devtools: this decorator renders the panel under live stories
// (inside their kit: list it before the decorator that provides the kit).
import { ChannelKitDevtools } from '@channelkit/devtools/react/production'
import { useChannel } from '@channelkit/react'
import type { Decorator } from '@storybook/react-vite'
import { devtoolsOptions, heldChannels, storyPadding } from './options'

function Held({ channel }: { channel: string }) {
  useChannel(channel)
  return null
}

/** The devtools panel (open unless `args.debug` is false) with the live channels held. */
export const withDevtools: Decorator = (Story, { args }) => (
  <div style={storyPadding}>
    <Story />
    {heldChannels.map((channel) => (
      <Held key={channel} channel={channel} />
    ))}
    <ChannelKitDevtools {...devtoolsOptions(args)} />
  </div>
)
