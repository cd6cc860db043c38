import type { ChannelKitOptions } from '@channelkit/core'
import type { LiveConfig } from './liveConfig'

/** The designer's own presence identity in live stories. */
export const designer = { id: 'designer', info: { name: 'Dana Designer' } }

/** pusher-js options for the local server, signed by its dev auth endpoint as `user` (as `server.wsOptions`). */
export function liveKitOptions(config: LiveConfig, user = designer): ChannelKitOptions {
  const params = { app_key: config.appKey, user_id: user.id, user_info: JSON.stringify(user.info) }
  return {
    key: config.appKey,
    cluster: 'mt1',
    wsHost: config.host,
    wsPort: config.port,
    wssPort: config.port,
    forceTLS: false,
    enabledTransports: ['ws'],
    enableStats: false,
    channelAuthorization: { endpoint: `${config.serverUrl}/pusher/auth`, transport: 'ajax', params },
    userAuthentication: { endpoint: `${config.serverUrl}/pusher/user-auth`, transport: 'ajax', params },
  }
}
