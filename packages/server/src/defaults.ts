import type { AppConfig } from './types'

/** The app every default server has. Development credentials: never use them in production. */
export const DEFAULT_APP: AppConfig = {
  id: 'channelkit',
  key: 'channelkit-key',
  secret: 'channelkit-secret',
  clientEvents: true,
  subscriptionCount: true,
}

export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_ACTIVITY_TIMEOUT = 120
/** Seconds: pusher-js's own pong timeout. */
export const DEFAULT_PONG_TIMEOUT = 30
/** About 400 events of the largest size (10 KB) unread by one client; a whole presence roster is ~100 KB. */
export const DEFAULT_MAX_BUFFERED_BYTES = 4 * 1024 * 1024
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 5000
export const DEFAULT_WEBHOOK_CONCURRENCY = 4
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024
/** Pusher's: above 100 subscribers, `subscription_count` goes out at most once every 5 s. */
export const DEFAULT_COUNT_THROTTLE_MS = 5000
