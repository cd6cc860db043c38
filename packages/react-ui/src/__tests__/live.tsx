import type { ChannelKit, ChannelKitOptions } from '@channelkit/core'
import { ChannelKitProvider } from '@channelkit/react'
import { liveKits } from '@channelkit/test-scenarios'
import type { Live as SharedLive } from '@channelkit/test-utils'
import { cleanup, render } from '@testing-library/react'
import type { ReactNode } from 'react'

export { alice, bob, subscribed, unique } from '@channelkit/test-utils'

export interface Live extends SharedLive<ChannelKit, ChannelKitOptions> {
  render(ui: ReactNode, kit: ChannelKit): ReturnType<typeof render>
}

/** The shared live fixture (kits sign in as alice), unmounting React first; `render` provides the kit. */
export function liveServer(): Live {
  return Object.assign(liveKits({ unmount: cleanup }), {
    render: (ui: ReactNode, kit: ChannelKit) =>
      render(<ChannelKitProvider kit={kit}>{ui}</ChannelKitProvider>),
  })
}
