import { type ChannelKitError, isChannelKitError } from '@channelkit/core'

/**
 * STOPGAP until core offers non-throwing adapter paths: `kit.channelStore()`, `presenceStore()`,
 * `channel()`, `typing()` and `notifications()` throw a `ChannelKitError` for a bad channel name, and a
 * hook must not throw during render or in an effect. Returns the result, or the error core threw.
 */
export function attempt<T>(fn: () => T): T | ChannelKitError {
  try {
    return fn()
  } catch (error) {
    if (isChannelKitError(error)) return error
    throw error
  }
}
