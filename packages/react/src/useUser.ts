import { signin as signinKit, type UserSnapshot, userStore } from '@channelkit/core'
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
  const user = useStore(userStore(kit))
  const signin = useCallback(() => signinKit(kit), [kit])
  return useMemo(() => ({ ...user, signin }), [user, signin])
}
