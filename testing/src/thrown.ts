import { type ChannelKitErrorCode, isChannelKitError } from '@channelkit/core'

/** The code of the `ChannelKitError` that `fn` throws, or 'no error'; anything else thrown fails the test. */
export function codeOf(fn: () => unknown): ChannelKitErrorCode | 'no error' {
  try {
    fn()
  } catch (error) {
    if (!isChannelKitError(error)) throw error
    return error.code
  }
  return 'no error'
}

/** What `fn` throws; fails the test when it throws nothing. */
export function caught(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}
