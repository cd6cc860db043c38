// Each defineComponent call is marked /* @__PURE__ */ so bundlers drop the components an app does not use.
export { ConnectionStatus } from './ConnectionStatus'
export { ConnectionStatusView } from './ConnectionStatusView'
export { LiveNotifications } from './LiveNotifications'
export {
  LiveNotificationsView,
  type NotificationAction,
  type NotificationActionFor,
} from './LiveNotificationsView'
export { OnlineUsers } from './OnlineUsers'
export { OnlineUsersView } from './OnlineUsersView'
export { TypingIndicator } from './TypingIndicator'
export { TypingIndicatorView } from './TypingIndicatorView'
export { type UseTypingInputReturn, useTypingInput } from './useTypingInput'
