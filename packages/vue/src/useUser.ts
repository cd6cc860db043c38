import { signin, type UserSnapshot, userStore } from '@channelkit/core'
import { injectKit } from './usePusher'
import { type StoreRefs, useStoreRefs } from './useStoreRefs'

export type UseUserResult = StoreRefs<UserSnapshot> & {
  /** Sign in through the app's user-authentication endpoint. */
  signin(): void
}

/** The signed-in user as refs (`status`, `id`, `info`, `error`) and `signin()`. */
export function useUser(): UseUserResult {
  const kit = injectKit('useUser')
  return { ...useStoreRefs(userStore(kit)), signin: () => signin(kit) }
}
