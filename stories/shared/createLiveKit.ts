import { type ChannelKit, createChannelKit } from '@channelkit/core'
import Pusher from 'pusher-js'
import type { LiveConfig } from './liveConfig'
import { liveKitOptions } from './liveKitOptions'

/**
 * A kit on the local server for one live story. The story owns the pusher-js client and disconnects it a
 * tick after `kit.destroy()`: pusher-js defers each socket send by a tick, so a kit that unsubscribes and
 * disconnects in the same tick (what destroy() does with a client it owns) makes Chrome log "WebSocket is
 * already in CLOSING or CLOSED state" for the unsubscribe frames.
 */
export function createLiveKit(config: LiveConfig): { kit: ChannelKit; destroy(): void } {
  const { key, ...options } = liveKitOptions(config)
  const client = new Pusher(key!, options as ConstructorParameters<typeof Pusher>[1])
  const kit = createChannelKit({ client })
  return {
    kit,
    destroy() {
      kit.destroy()
      setTimeout(() => client.disconnect())
    },
  }
}
