import type { ChannelKitOptions } from '@channelkit/core'
import { clientOptions } from '@channelkit/server/client'
import type { LiveConfig } from './liveConfig'

/** The designer's own presence identity in live stories. */
export const designer = { id: 'designer', info: { name: 'Dana Designer' } }

/** pusher-js options for the local server, signed by its dev auth endpoint as `user` (as `server.wsOptions`). */
export function liveKitOptions(config: LiveConfig, user = designer): ChannelKitOptions {
  return { key: config.appKey, ...clientOptions({ url: config.serverUrl, appKey: config.appKey, user }) }
}
