// Storybook's debug view is @channelkit/devtools: this decorator renders the panel under live stories
// (inside their kit: list it before the decorator that provides the kit).
import { ChannelKitDevtools } from '@channelkit/devtools/vue/production'
import { useChannel } from '@channelkit/vue'
import type { Decorator } from '@storybook/vue3-vite'
import { h } from 'vue'
import { devtoolsOptions, heldChannels, storyPadding } from './options'

/** The devtools panel (open unless `args.debug` is false) with the live channels held. */
export const withDevtools: Decorator = (story, { args }) => ({
  setup() {
    for (const channel of heldChannels) useChannel(channel)
    const options = devtoolsOptions(args)
    return () => h('div', { style: storyPadding }, [h(story()), h(ChannelKitDevtools, options)])
  },
})
