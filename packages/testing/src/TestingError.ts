/** Why a helper of `@channelkit/testing` refused or gave up. */
export type TestingErrorCode =
  /** A helper that needs the server ran before `start()` (or after `stop()`). */
  | 'not_started'
  /** `start()` twice without `stop()`. */
  | 'already_started'
  /** The local server could not start; `cause` says why. */
  | 'start_failed'
  /** `setupTestServer()` found no `beforeAll`/`afterEach`/`afterAll` globals. */
  | 'no_test_hooks'
  /** A wait (`subscribed`, `signedIn`, `waitForFrame`) ran out of time. */
  | 'timeout'
  /** Bad input to a helper. */
  | 'invalid_argument'

/** Thrown by `@channelkit/testing`: `code` says which rule, the message what to do. */
export class TestingError extends Error {
  override name = 'TestingError'
  readonly code: TestingErrorCode

  constructor(code: TestingErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}
