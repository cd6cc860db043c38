// Core's app API, so `@channelkit/react` alone is enough (a test checks this list against core's).

export type * from '@channelkit/core'
export {
  bindUser,
  ChannelKitError,
  createChannelKit,
  createNotificationStore,
  createTypingStore,
  isChannelKitError,
  shallowEqual,
  signin,
  userStore,
  validateChannelName,
  watchlistStore,
} from '@channelkit/core'
export { ChannelKitProvider, type ChannelKitProviderProps } from './ChannelKitProvider'
export { type UseChannelOptions, type UseChannelResult, useChannel } from './useChannel'
export { useClientTrigger } from './useClientTrigger'
export { useConnectionState } from './useConnectionState'
export { useEvent } from './useEvent'
export { type UseNotificationsResult, useNotifications } from './useNotifications'
export { usePresence } from './usePresence'
export { usePusher } from './usePusher'
export { type Store, useStore } from './useStore'
export { type UseTypingResult, useTyping } from './useTyping'
export { type UseUserResult, useUser } from './useUser'
export { useWatchlist } from './useWatchlist'
