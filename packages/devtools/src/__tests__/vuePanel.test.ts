import type { ChannelKit } from '@channelkit/core'
import { ChannelKitPlugin } from '@channelkit/vue'
import { cleanup, render } from '@testing-library/vue'
import { ChannelKitDevtools } from '../vue'
import { panelScenarios } from './panelScenarios'

panelScenarios({
  name: 'Vue',
  render(kit: ChannelKit, props = {}) {
    render(ChannelKitDevtools, { props, global: { plugins: [[ChannelKitPlugin, { kit }]] } })
  },
  unmount: cleanup,
})
