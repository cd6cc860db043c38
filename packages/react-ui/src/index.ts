export {
  ChannelKitUIProvider,
  type ChannelKitUIProviderProps,
  useChannelKitUI,
} from './ChannelKitUIProvider'
export { ConnectionStatus, type ConnectionStatusProps } from './ConnectionStatus'
export {
  type ConnectionStatusContent,
  ConnectionStatusView,
  type ConnectionStatusViewProps,
} from './ConnectionStatusView'
export { LiveNotifications, type LiveNotificationsProps } from './LiveNotifications'
export {
  LiveNotificationsView,
  type LiveNotificationsViewProps,
  type NotificationAction,
} from './LiveNotificationsView'
export { OnlineUsers, type OnlineUsersProps } from './OnlineUsers'
export { OnlineUsersView, type OnlineUsersViewProps } from './OnlineUsersView'
export { TypingIndicator, type TypingIndicatorProps } from './TypingIndicator'
export {
  type TypingIndicatorContent,
  TypingIndicatorView,
  type TypingIndicatorViewProps,
} from './TypingIndicatorView'
export { type UseTypingInputResult, useTypingInput } from './useTypingInput'
