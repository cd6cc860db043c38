import { type ChannelKitError, isChannelKitError } from '@channelkit/core'

/**
 * STOPGAP (same as @channelkit/react's) until core offers non-throwing adapter paths: `kit.channelStore()`,
 * `presenceStore()`, `channel()`, `typing()` and `notifications()` throw a `ChannelKitError` for a bad
 * channel name, and a composable shows errors as state instead. Returns the result, or the error core threw.
 */
export function attempt<T>(fn: () => T): T | ChannelKitError {
  try {
    return fn()
  } catch (error) {
    if (isChannelKitError(error)) return error
    throw error
  }
}
