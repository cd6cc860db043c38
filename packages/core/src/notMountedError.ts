import { ChannelKitError } from './errors'

/**
 * What an adapter's action throws while it holds nothing: a `null` channel, or a component that is not
 * mounted yet (rendering, server rendering, hydrating). Same code as a trigger during SSR.
 */
export function notMountedError(api: string, action: string, nullChannel: boolean): ChannelKitError {
  const why =
    process.env.NODE_ENV !== 'production' &&
    (nullChannel
      ? 'the channel name is null; pass a name first'
      : 'the component is not mounted (rendering, server rendering or hydrating); call it from an event handler or once mounted (an effect, onMounted)')
  return new ChannelKitError('no_client', why && `${api}(): cannot ${action}: ${why}.`, {
    reason: 'not_mounted',
    api,
  })
}
