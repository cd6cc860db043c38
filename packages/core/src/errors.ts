/** Every code a `ChannelKitError` can carry. Stable: apps may switch on them. */
export type ChannelKitErrorCode =
  | 'invalid_options'
  | 'invalid_channel_name'
  | 'invalid_event_name'
  | 'client_event_not_allowed'
  | 'payload_not_serializable'
  | 'payload_too_large'
  | 'rate_limited'
  | 'client_event_dropped'
  | 'not_a_presence_channel'
  | 'encryption_unavailable'
  | 'signin_failed'
  | 'no_client'
  | 'missing_provider'

export class ChannelKitError extends Error {
  override readonly name = 'ChannelKitError'
  readonly code: ChannelKitErrorCode
  /** Extra facts about the failure (channel, event, size…). */
  readonly details: Readonly<Record<string, unknown>>

  constructor(code: ChannelKitErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message)
    this.code = code
    this.details = details
  }
}

export function isChannelKitError(value: unknown, code?: ChannelKitErrorCode): value is ChannelKitError {
  return value instanceof ChannelKitError && (code === undefined || value.code === code)
}
