import { ChannelKitError } from '@channelkit/core'

/**
 * What a hook's action throws when called while the hook holds nothing (a `null` channel, or during
 * render/SSR before the effect ran). Same code core uses for a trigger during SSR.
 */
export function notMountedError(api: string, action: string, nullChannel: boolean): ChannelKitError {
  const why = nullChannel
    ? 'the channel name is null; pass a name first'
    : 'the component is not mounted; call it from an event handler or an effect, not during render'
  return new ChannelKitError('no_client', `${api}(): cannot ${action}: ${why}.`, { api })
}
