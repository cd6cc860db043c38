import { ChannelKitError } from '@channelkit/core'

/**
 * What a composable's action throws while it holds nothing: a `null` channel, or server rendering /
 * hydration before mount. Same code core uses for a trigger during SSR.
 */
export function notMountedError(api: string, action: string, nullChannel: boolean): ChannelKitError {
  const why = nullChannel
    ? 'the channel name is null; pass a name first'
    : 'the component is not mounted (server rendering or hydrating); call it from an event handler or onMounted'
  return new ChannelKitError('no_client', `${api}(): cannot ${action}: ${why}.`, { api })
}
