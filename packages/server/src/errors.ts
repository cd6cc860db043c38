/** Thrown by `startServer` for options that cannot work; the message says what to change. */
export class ServerConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ServerConfigError'
  }
}

export type ServerInputErrorCode =
  /** A channel name the protocol refuses, or the wrong kind of channel for the call. */
  | 'invalid_channel'
  /** An event name that is empty, too long, or not a `client-` event where one is needed. */
  | 'invalid_event'
  /** Event data over 10 KB, or that cannot be JSON-encoded. */
  | 'invalid_data'
  /** A member whose id or info breaks the presence limits. */
  | 'invalid_member'
  /** No simulated member with that id on that channel. */
  | 'unknown_member'
  /** The presence channel already has 100 members. */
  | 'channel_full'
  /** The app has `clientEvents: false`. */
  | 'client_events_disabled'
  /** A request to the control endpoint that is not what it expects (body, fields, route). */
  | 'bad_request'

/**
 * Thrown by `server.trigger()` and `server.simulate.*` (and answered by the control endpoint with its
 * `status`) for input the server refuses; `code` says which rule, the message how to fix it.
 */
export class ServerInputError extends Error {
  constructor(
    readonly code: ServerInputErrorCode,
    message: string,
    /** The HTTP status the control endpoint answers with. */
    readonly status: 400 | 404 | 413 = code === 'unknown_member' ? 404 : 400,
  ) {
    super(message)
    this.name = 'ServerInputError'
  }
}
