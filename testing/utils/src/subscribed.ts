import type { Channel } from 'pusher-js'
import { FixtureError } from './FixtureError'

/** Resolves when a pusher-js channel is subscribed; rejects with the server's refusal. */
export function subscribed(channel: Channel): Promise<Channel> {
  return new Promise((resolve, reject) => {
    if (channel.subscribed) return resolve(channel)
    channel.bind('pusher:subscription_succeeded', () => resolve(channel))
    channel.bind('pusher:subscription_error', (error: unknown) =>
      reject(
        new FixtureError(`The server refused the subscription to ${channel.name}: ${JSON.stringify(error)}`, {
          cause: error,
        }),
      ),
    )
  })
}
