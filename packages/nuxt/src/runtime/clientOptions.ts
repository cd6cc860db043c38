import type { ChannelKitOptions } from '@channelkit/vue'
import type { AuthEndpoint, ChannelKitPublicRuntimeConfig } from './types'

const auth = ({ endpoint, transport, headers, params }: AuthEndpoint) => ({
  endpoint,
  transport,
  ...(Object.keys(headers ?? {}).length > 0 && { headers }),
  ...(Object.keys(params ?? {}).length > 0 && { params }),
})

// Nuxt keeps `''` for "not set" (it also turns `null` into `''`); environment variables arrive parsed.
const given = <T>(value: T | '' | null | undefined): value is T => value !== '' && value != null

/**
 * The public runtime config → `createChannelKit` options. Unset fields (`''`, and `[]` for the transports)
 * are left out, so pusher-js's and ChannelKit's defaults apply.
 */
export function clientOptions(config: ChannelKitPublicRuntimeConfig): ChannelKitOptions {
  const options: ChannelKitOptions = {
    key: config.key,
    cluster: config.cluster,
    channelAuthorization: auth(config.channelAuthorization),
    userAuthentication: auth(config.userAuthentication),
  }
  if (config.wsHost) options.wsHost = config.wsHost
  if (given(config.wsPort)) options.wsPort = Number(config.wsPort)
  if (given(config.wssPort)) options.wssPort = Number(config.wssPort)
  if (given(config.forceTLS))
    options.forceTLS = config.forceTLS === true || String(config.forceTLS) === 'true'
  if (config.enabledTransports?.length) options.enabledTransports = config.enabledTransports
  if (given(config.releaseDelay)) options.releaseDelay = Number(config.releaseDelay)
  if (given(config.subscriptionTimeout)) options.subscriptionTimeout = Number(config.subscriptionTimeout)
  return options
}
