import {
  ConnectionStatusView,
  LiveNotificationsView,
  OnlineUsersView,
  TypingIndicatorView,
} from '@channelkit/react-ui'
import type { ReactNode } from 'react'
import { sample } from '../../shared/meta/Tests'

/** Every component in a telling state, for the Tests stories; `toast` replaces the content of each toast. */
export function KitSample({ toast }: { toast?: ReactNode }) {
  return (
    <div className="ck-story-frame ck-sample">
      <ConnectionStatusView {...sample.connection} />
      <OnlineUsersView {...sample.online} />
      <OnlineUsersView {...sample.list} />
      <TypingIndicatorView {...sample.typing} />
      <LiveNotificationsView
        notifications={sample.notifications}
        renderNotification={toast === undefined ? undefined : () => toast}
      />
    </div>
  )
}
