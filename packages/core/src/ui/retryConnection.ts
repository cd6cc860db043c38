import type { ChannelKit } from '../types'

/**
 * What a retry button does. pusher-js ignores `connect()` while it is still trying on its own
 * ('unavailable'), so that attempt is stopped first and a fresh one starts now.
 */
export function retryConnection(kit: Pick<ChannelKit, 'connect' | 'disconnect' | 'connection'>): void {
  if (kit.connection.getSnapshot().state === 'unavailable') kit.disconnect()
  kit.connect()
}
