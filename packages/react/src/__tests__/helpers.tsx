import type { ChannelKit } from '@channelkit/core'
import { liveKits } from '@channelkit/test-scenarios'
import { subscribed as subscribedChannel } from '@channelkit/test-utils'
import { cleanup } from '@testing-library/react'
import type Pusher from 'pusher-js'
import type { ReactNode } from 'react'
import { ChannelKitProvider } from '../ChannelKitProvider'

export { alice, bob, carol, sent, subscribeFrames, unique } from '@channelkit/test-utils'

/**
 * The shared live fixture, React flavour: kits sign in as nobody unless given a user, React unmounts
 * before they are destroyed, and `wrapper(kit)` provides a kit to `renderHook`.
 */
export function liveServer() {
  return Object.assign(liveKits({ user: null, unmount: cleanup }), {
    wrapper(kit: ChannelKit) {
      return ({ children }: { children: ReactNode }) => (
        <ChannelKitProvider kit={kit}>{children}</ChannelKitProvider>
      )
    },
  })
}

/** Resolves when `client` is subscribed to `channel`. */
export const subscribed = (client: Pusher, channel: string) => subscribedChannel(client.subscribe(channel))
