import type { ChannelKit, ChannelKitOptions } from '@channelkit/core'
import { liveKits } from '@channelkit/test-scenarios'
import type { Live as SharedLive } from '@channelkit/test-utils'
import { ChannelKitPlugin } from '@channelkit/vue'
import { cleanup, render } from '@testing-library/vue'
import type { Component } from 'vue'

export { alice, bob, subscribed, unique } from '@channelkit/test-utils'

type RenderOptions = { props?: Record<string, unknown>; slots?: Record<string, unknown> }

export interface Live extends SharedLive<ChannelKit, ChannelKitOptions> {
  render(component: Component, kit: ChannelKit, options?: RenderOptions): ReturnType<typeof render>
}

/** The shared live fixture (kits sign in as alice), unmounting Vue first; `render` installs the plugin. */
export function liveServer(): Live {
  return Object.assign(liveKits({ unmount: cleanup }), {
    render: (component: Component, kit: ChannelKit, options: RenderOptions = {}) =>
      render(component, { ...options, global: { plugins: [[ChannelKitPlugin, { kit }]] } }),
  })
}
