// Each defineComponent call is marked /* @__PURE__ */ so bundlers drop the components an app does not use.

export { ConnectionStatus } from './ConnectionStatus'
export {
  type ConnectionStatusContent,
  type ConnectionStatusSlots,
  ConnectionStatusView,
} from './ConnectionStatusView'
export {
  ChannelKitUIPlugin,
  ChannelKitUIProvider,
  provideChannelKitUI,
  useChannelKitUI,
} from './channelKitUI'
export { LiveNotifications } from './LiveNotifications'
export {
  LiveNotificationsView,
  type NotificationAction,
  type NotificationActionFor,
  type NotificationSlots,
} from './LiveNotificationsView'
export { OnlineUsers } from './OnlineUsers'
export { type OnlineUsersSlots, OnlineUsersView } from './OnlineUsersView'
export { TypingIndicator } from './TypingIndicator'
export {
  type TypingIndicatorContent,
  type TypingIndicatorSlots,
  TypingIndicatorView,
} from './TypingIndicatorView'
export { type UseTypingInputReturn, useTypingInput } from './useTypingInput'
