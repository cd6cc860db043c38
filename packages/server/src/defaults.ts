import type { AppConfig } from './types'

/** The app every default server has. Development credentials: never use them in production. */
export const DEFAULT_APP: AppConfig = {
  id: 'channelkit',
  key: 'channelkit-key',
  secret: 'channelkit-secret',
  clientEvents: true,
  subscriptionCount: true,
  // base64("channelkit-local-development-key"): lets private-encrypted- channels work out of the box.
  encryptionMasterKeyBase64: 'Y2hhbm5lbGtpdC1sb2NhbC1kZXZlbG9wbWVudC1rZXk=',
}

export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_ACTIVITY_TIMEOUT = 120
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024
/** Pusher's: above 100 subscribers, `subscription_count` goes out at most once every 5 s. */
export const DEFAULT_COUNT_THROTTLE_MS = 5000
