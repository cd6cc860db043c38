import type { ChannelKit } from '@channelkit/core'
import { ChannelKitProvider } from '@channelkit/react'
import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { ChannelKitDevtools } from '../react'
import { panelScenarios } from './panelScenarios'

panelScenarios({
  name: 'React',
  render(kit: ChannelKit, props = {}) {
    render(
      <StrictMode>
        <ChannelKitProvider kit={kit}>
          <ChannelKitDevtools {...props} />
        </ChannelKitProvider>
      </StrictMode>,
    )
  },
  unmount: cleanup,
})
