import type { ConnectionSnapshot } from '@channelkit/core'
import type { ShallowRef } from 'vue'
import { injectKit } from './usePusher'
import { useStore } from './useStore'

/** The connection state (`{ state, previous, socketId, error }`), or the slice `selector` picks. */
export function useConnectionState(): Readonly<ShallowRef<ConnectionSnapshot>>
export function useConnectionState<S>(
  selector: (snapshot: ConnectionSnapshot) => S,
  isEqual?: (a: S, b: S) => boolean,
): Readonly<ShallowRef<S>>
export function useConnectionState<S>(
  selector?: (snapshot: ConnectionSnapshot) => S,
  isEqual?: (a: S, b: S) => boolean,
): Readonly<ShallowRef<S>> {
  return useStore(injectKit('useConnectionState').connection, selector, isEqual)
}
