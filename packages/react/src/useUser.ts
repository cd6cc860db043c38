import type { UserSnapshot } from '@channelkit/core'
import { useCallback, useMemo } from 'react'
import { useKit } from './context'
import { useStore } from './useStore'

export interface UseUserResult extends UserSnapshot {
  /** Sign in through the app's user-authentication endpoint. */
  signin(): void
}

/** The signed-in user (`{ status, id, info, error }`) and `signin()`. */
export function useUser(): UseUserResult {
  const kit = useKit('useUser')
  const user = useStore(kit.user)
  const signin = useCallback(() => kit.signin(), [kit])
  return useMemo(() => ({ ...user, signin }), [user, signin])
}
