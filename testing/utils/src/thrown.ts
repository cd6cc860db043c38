/** A `ChannelKitError`, known by its name and code (this package does not depend on core). */
const isChannelKitError = (error: unknown): error is Error & { code: string } =>
  error instanceof Error &&
  error.name === 'ChannelKitError' &&
  typeof (error as { code?: unknown }).code === 'string'

/** The code of the `ChannelKitError` that `fn` throws, or 'no error'; anything else thrown fails the test. */
export function codeOf(fn: () => unknown): string {
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
