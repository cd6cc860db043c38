import type { ChannelKit } from '@channelkit/core'
import { useKit } from './context'

/** The kit from `<ChannelKitProvider>`; its pusher-js client is `kit.getClient()` (undefined on the server). */
export function usePusher(): ChannelKit {
  return useKit('usePusher')
}
