import { ChannelKitError } from './errors'
import type { ChannelKind } from './types'

const MAX_CHANNEL_NAME = 164
const CHANNEL_NAME = /^[-a-zA-Z0-9_=@,.;]+$/

/** A value for an error message; JSON.stringify would throw on BigInt and cycles. */
export const shown = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : `(${value === null ? 'null' : typeof value})`

/** Why pusher-js or the server would refuse `name` (`invalid_channel_name`), or undefined when it is fine. */
export function channelNameError(name: unknown): ChannelKitError | undefined {
  // `why` is false in production builds, where the long texts are dropped.
  const fail = (why: string | false) =>
    new ChannelKitError('invalid_channel_name', why && `Invalid channel name ${shown(name)}: ${why}`, {
      channel: name,
    })
  if (typeof name !== 'string' || name === '')
    return fail(process.env.NODE_ENV !== 'production' && 'pass a non-empty string such as "private-chat".')
  if (name.length > MAX_CHANNEL_NAME) {
    return fail(
      process.env.NODE_ENV !== 'production' &&
        `it is ${name.length} characters long; channel names may have at most ${MAX_CHANNEL_NAME}.`,
    )
  }
  if (name.includes('#')) {
    return fail(
      process.env.NODE_ENV !== 'production' &&
        '"#" is reserved for internal channels (#server-to-user-…); use kit.bindUser() for those events.',
    )
  }
  if (!CHANNEL_NAME.test(name)) {
    return fail(
      process.env.NODE_ENV !== 'production' &&
        'only letters, digits and - _ = @ , . ; are allowed (no spaces, no slashes).',
    )
  }
  if (name in Object.prototype) {
    return fail(
      process.env.NODE_ENV !== 'production' &&
        'pusher-js keeps channels in a plain object, where this name is a built-in property; pick another.',
    )
  }
  return undefined
}

/** Throws `invalid_channel_name` unless pusher-js and the server would both accept `name`. */
export function validateChannelName(name: unknown): asserts name is string {
  const error = channelNameError(name)
  if (error) throw error
}

/** Why `name` is no usable presence channel (`invalid_channel_name`, `not_a_presence_channel`), or undefined. */
export function presenceNameError(name: unknown): ChannelKitError | undefined {
  const invalid = channelNameError(name)
  if (invalid || channelKind(name as string) === 'presence') return invalid
  return new ChannelKitError(
    'not_a_presence_channel',
    process.env.NODE_ENV !== 'production' &&
      `"${name}" is not a presence channel: presence channel names start with "presence-" (e.g. "presence-${(name as string).replace(/^(private-encrypted-|private-)/, '')}").`,
    { channel: name as string },
  )
}

/** The channel kind from its prefix. */
export function channelKind(name: string): ChannelKind {
  if (name.startsWith('private-encrypted-')) return 'encrypted'
  if (name.startsWith('private-')) return 'private'
  if (name.startsWith('presence-')) return 'presence'
  return 'public'
}

/** Cache channels (`cache-`, `private-cache-`, `private-encrypted-cache-`, `presence-cache-`) replay their last event. */
export function isCacheChannel(name: string): boolean {
  return /^(private-encrypted-|private-|presence-)?cache-/.test(name)
}
