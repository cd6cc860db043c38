import { type ChannelKit, missingProviderError } from '@channelkit/core'
import { createContext, useContext } from 'react'

export const ChannelKitContext = createContext<ChannelKit | null>(null)

/** The kit from the nearest provider; `api` names the hook in the misuse error. */
export function useKit(api: string): ChannelKit {
  const kit = useContext(ChannelKitContext)
  if (kit === null) throw missingProviderError(api, 'react')
  return kit
}
