// Framework-free helpers shared by @channelkit/react-ui and @channelkit/vue-ui.
export { createAnnouncer } from './announcer'
export { initials } from './initials'
export { isRetryable } from './isRetryable'
export {
  type ConnectionLabels,
  defaultLabels,
  type NotificationLabels,
  type OnlineUsersLabels,
  type TypingLabels,
} from './labels'
export { describeMember, type MemberDisplay, memberAvatar, memberName } from './memberDisplay'
export { notificationText } from './notificationText'
export { type OnlineUsersState, onlineUsersState } from './onlineUsersState'
export { splitOverflow } from './overflow'
export { createPauseTracker, type PauseChange } from './pauseTracker'
export { typingText } from './typingText'
export { visuallyHidden } from './visuallyHidden'
