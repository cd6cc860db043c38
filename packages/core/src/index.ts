// @channelkit/core: the app's API. @channelkit/react and @channelkit/vue re-export all of it.
export { createChannelKit } from './createChannelKit'
export {
  type AnyChannelKitError,
  ChannelKitError,
  type ChannelKitErrorCode,
  type ChannelKitErrorDetails,
  isChannelKitError,
} from './errors'
export { createNotificationStore } from './notifications'
export { shallowEqual } from './shallowEqual'
export type * from './types'
export { createTypingStore } from './typing'
export { bindUser, signin, userStore, watchlistStore } from './userStore'
export { validateChannelName } from './validation'
