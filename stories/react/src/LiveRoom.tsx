import { createChannelKit } from '@channelkit/core'
import { ChannelKitProvider } from '@channelkit/react'
import {
  ConnectionStatus,
  LiveNotifications,
  OnlineUsers,
  TypingIndicator,
  useTypingInput,
} from '@channelkit/react-ui'
import type { Decorator } from '@storybook/react-vite'
import { type ReactNode, useEffect, useState } from 'react'
import { liveChannels } from '../../shared/liveChannels'
import { liveConfig } from '../../shared/liveConfig'
import { designer, liveKitOptions } from '../../shared/liveKitOptions'
import { ControlPanel } from './ControlPanel'

/** A kit connected to the local server as the designer, for the live stories. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const [kit] = useState(() => createChannelKit(liveKitOptions(liveConfig())))
  useEffect(() => () => kit.destroy(), [kit])
  return <ChannelKitProvider kit={kit}>{children}</ChannelKitProvider>
}

/** A decorator: the story inside a `LiveProvider`. */
export const withLiveKit: Decorator = (Story) => (
  <LiveProvider>
    <Story />
  </LiveProvider>
)

export function LiveControlPanel() {
  const [{ controlUrl }] = useState(liveConfig)
  return (
    <ControlPanel
      controlUrl={controlUrl}
      presenceChannel={liveChannels.presence}
      channel={liveChannels.notifications}
      event={liveChannels.notificationEvent}
    />
  )
}

export interface LiveRoomProps {
  max: number
  variant: 'stack' | 'list'
  notificationsMax: number
  duration: number
  /** Open the devtools panel (the `withDevtools` decorator reads it). */
  debug: boolean
}

/** Every connected component on the live channels, the control panel beside them. */
export function LiveRoom({ max, variant, notificationsMax, duration }: LiveRoomProps) {
  const typing = useTypingInput(liveChannels.presence)
  const [draft, setDraft] = useState('')
  return (
    <div className="ck-live">
      <div className="ck-live-stage">
        <ConnectionStatus />
        <OnlineUsers channel={liveChannels.presence} max={max} variant={variant} />
        <TypingIndicator channel={liveChannels.presence} />
        <label className="ck-dev-field">
          <span>Type here to announce typing as {designer.info.name}</span>
          <input
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            {...typing.inputProps}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                setDraft('')
                typing.stop()
              }
            }}
          />
        </label>
      </div>
      <LiveControlPanel />
      {/* The toasts' own area (a containing block for the fixed stack): they never cover the panel. */}
      <section className="ck-live-toasts" aria-label="Toasts area">
        <LiveNotifications
          channel={liveChannels.notifications}
          event={liveChannels.notificationEvent}
          max={notificationsMax}
          duration={duration}
        />
      </section>
    </div>
  )
}
