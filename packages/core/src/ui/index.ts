// @channelkit/core/ui: the framework-free view logic of @channelkit/react-ui and @channelkit/vue-ui.
// One anatomy function per component gives the parts, classes and ARIA attributes both renderers spread.
export { flag, type PartProps, part, reactProps, root } from './anatomy'
export { createAnnouncer } from './announcer'
export { type ConnectionStatusAnatomy, connectionStatus } from './connectionStatus'
export { initials } from './initials'
export { isRetryable } from './isRetryable'
export {
  type ConnectionLabels,
  defaultLabels,
  type NotificationLabels,
  type OnlineUsersLabels,
  type TypingLabels,
} from './labels'
export {
  type LiveNotificationsAnatomy,
  type LiveNotificationsInput,
  liveNotifications,
} from './liveNotifications'
export { describeMember, type MemberDisplay, memberAvatar, memberName } from './memberDisplay'
export { notificationText } from './notificationText'
export { type OnlineUsersAnatomy, type OnlineUsersInput, onlineUsers } from './onlineUsers'
export { type OnlineUsersState, onlineUsersState } from './onlineUsersState'
export { splitOverflow } from './overflow'
export { createPauseTracker, type PauseChange } from './pauseTracker'
export { type TypingIndicatorAnatomy, typingIndicator } from './typingIndicator'
export { typingText } from './typingText'
export { visuallyHidden } from './visuallyHidden'
