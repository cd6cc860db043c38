import type { TypingOptions } from '@channelkit/core'
import { useTyping } from '@channelkit/react'
import type { ReactNode } from 'react'
import { TypingIndicatorView, type TypingIndicatorViewProps } from './TypingIndicatorView'

export interface TypingIndicatorProps extends Omit<TypingIndicatorViewProps, 'typists'> {
  /** A private or presence channel. */
  channel: string
  /** Event name, expiry and, on private channels, who you are (`user`). */
  options?: TypingOptions
}

/** Who is typing on a channel; entries expire (core's typing store). */
export function TypingIndicator({ channel, options, me, ...view }: TypingIndicatorProps): ReactNode {
  const { typing } = useTyping(channel, options)
  return <TypingIndicatorView {...view} typists={typing} me={me ?? options?.user?.id} />
}
