import type { ChannelKitDevtoolsProps } from '@channelkit/devtools/react/production'
import { liveChannels } from '../liveChannels'
import { liveConfig } from '../liveConfig'

/** The channels the devtools decorator holds, so the panel shows their traffic in every live story. */
export const heldChannels = [liveChannels.presence, liveChannels.notifications] as const

export const PANEL_HEIGHT = 300

/**
 * The devtools in live stories: open unless the story's `debug` arg is false, the event creator sending
 * through the local server's control endpoint with the token `pnpm dev` gave this Storybook.
 */
export function devtoolsOptions(args: { debug?: boolean }): ChannelKitDevtoolsProps {
  const { controlUrl, controlToken } = liveConfig()
  return {
    initialIsOpen: args.debug ?? true,
    initialHeight: PANEL_HEIGHT,
    // Docked at the top: the story's toasts (bottom right) stay in sight.
    position: 'top-right',
    trigger: { url: `${controlUrl}/control`, token: controlToken },
  }
}

/** Room above the story for the open panel and its toggle, so they cover none of it. */
export const storyPadding = { paddingTop: `${PANEL_HEIGHT + 56}px` }
