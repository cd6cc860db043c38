/** What each `ChannelKitError` code says in `details`. Codes are stable: apps may switch on them. */
export interface ChannelKitErrorDetails {
  invalid_options: { option?: string; value?: unknown; channel?: string }
  invalid_channel_name: { channel: unknown }
  invalid_event_name: { channel: string; event: unknown }
  client_event_not_allowed: { channel: string; event: string }
  payload_not_serializable: { channel: string; event: string }
  payload_too_large: { channel: string; event: string; bytes: number; limit: number }
  rate_limited: { channel: string; event: string; retryAfter: number }
  client_event_dropped: { channel: string; event: string; data?: unknown }
  not_a_presence_channel: { channel: string }
  encryption_unavailable: { channel: string }
  signin_failed: { status?: number; code?: number }
  /** `reason`: the kit runs on the server, was destroyed, or the component is not mounted yet. */
  no_client: {
    reason: 'server' | 'destroyed' | 'not_mounted'
    channel?: string
    event?: string
    api?: string
  }
  /** A frame the server sent that ChannelKit could not use (it was ignored; nothing else changed). */
  malformed_event: { channel?: string; event: string; data: unknown }
  /** A hook or composable ran outside the provider or plugin. */
  missing_provider: { api: string }
  /** Two copies of a ChannelKit package meet (version skew); `versions` names both. */
  version_mismatch: { package: string; versions: string[] }
}

export type ChannelKitErrorCode = keyof ChannelKitErrorDetails

export class ChannelKitError<C extends ChannelKitErrorCode = ChannelKitErrorCode> extends Error {
  override readonly name = 'ChannelKitError'
  readonly code: C
  /** Facts about the failure, by code (`details.retryAfter` of `rate_limited`…). */
  readonly details: Readonly<ChannelKitErrorDetails[C]>

  /** `message: false` (production builds drop the long texts): the code and where the fix is written. */
  constructor(
    code: C,
    message: string | false,
    details: ChannelKitErrorDetails[C],
    options?: { cause?: unknown },
  ) {
    super(
      message || `${code}: see https://github.com/channelkit/channelkit/blob/main/docs/errors.md#${code}`,
      options,
    )
    this.code = code
    this.details = details
  }
}

/** Any ChannelKit error, narrowed by `code` (`if (error.code === 'rate_limited') error.details.retryAfter`). */
export type AnyChannelKitError = { [C in ChannelKitErrorCode]: ChannelKitError<C> }[ChannelKitErrorCode]

/**
 * Whether `value` is a `ChannelKitError` (with `code`, when given). Also true for one from another copy of
 * the package (version skew), which `instanceof` would miss.
 */
export function isChannelKitError(value: unknown): value is AnyChannelKitError
export function isChannelKitError<C extends ChannelKitErrorCode>(
  value: unknown,
  code: C,
): value is ChannelKitError<C>
export function isChannelKitError(value: unknown, code?: ChannelKitErrorCode): boolean {
  return (
    value instanceof Error &&
    value.name === 'ChannelKitError' &&
    (code === undefined || (value as ChannelKitError).code === code)
  )
}
