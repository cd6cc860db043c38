export { validateClientEvent } from './clientEvents'
export { createChannelKit } from './createChannelKit'
export * from './errors'
export { missingProviderError } from './missingProviderError'
export { notificationActions } from './notificationActions'
export { createNotificationStore } from './notifications'
export { notMountedError } from './notMountedError'
export { shallowEqual } from './shallowEqual'
export {
  EMPTY_NOTIFICATIONS,
  EMPTY_TYPING,
  initialChannelSnapshot,
  initialPresenceSnapshot,
} from './snapshots'
export { constantStore, serverSnapshotOf } from './store'
export type * from './types'
export { createTypingStore } from './typing'
export { typingActions } from './typingActions'
export * from './ui'
export { channelKind, isCacheChannel, validateChannelName } from './validation'
