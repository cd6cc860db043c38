// @channelkit/core/ui: the framework-free view logic of @channelkit/react-ui and @channelkit/vue-ui.
// One anatomy function per component gives the parts, classes and ARIA attributes both renderers spread.
export { flag, type PartProps, part, reactProps, root } from './anatomy'
export { createAnnouncer } from './announcer'
export { AVATAR_COLORS, avatarColor } from './avatarColor'
export { defaultUI, resolveUI, type UIConfig, type UIContext } from './config'
export {
  type ConnectionStatusAnatomy,
  type ConnectionStatusInput,
  connectionStatus,
} from './connectionStatus'
export { afterExit, createExitList, type ExitEntry, type ExitList } from './exitList'
export { formatLabel, type Label, type PluralForms, type Template } from './format'
export { initials } from './initials'
export { isRetryable } from './isRetryable'
export {
  type ConnectionLabels,
  defaultLabels,
  type LabelOverrides,
  type Labels,
  mergeLabels,
  type NotificationLabels,
  type OnlineUsersLabels,
  type Translation,
  type TypingLabels,
} from './labels'
export {
  type LiveNotificationsAnatomy,
  type LiveNotificationsInput,
  liveNotifications,
} from './liveNotifications'
export { ar, type Direction, de, en, es, fr, ja, type LocalePack, locales } from './locales'
export { describeMember, type MemberDisplay, memberAvatar, memberName } from './memberDisplay'
export { notificationSeverity, notificationText, type Severity } from './notificationText'
export {
  type AvatarSize,
  type OnlineUsersAnatomy,
  type OnlineUsersInput,
  onlineUsers,
} from './onlineUsers'
export { type OnlineUsersState, onlineUsersState } from './onlineUsersState'
export { splitOverflow } from './overflow'
export { createPauseTracker, type PauseChange } from './pauseTracker'
export {
  type TypingIndicatorAnatomy,
  type TypingIndicatorInput,
  type Typist,
  typingIndicator,
} from './typingIndicator'
export { typingText } from './typingText'
export { visuallyHidden } from './visuallyHidden'
