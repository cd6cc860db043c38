import type { ConnectionSnapshot } from '@channelkit/core'
import { useKit } from './context'
import { useStore } from './useStore'

/** The connection state (`{ state, previous, socketId, error }`), or the slice `selector` picks. */
export function useConnectionState(): ConnectionSnapshot
export function useConnectionState<S>(
  selector: (snapshot: ConnectionSnapshot) => S,
  isEqual?: (a: S, b: S) => boolean,
): S
export function useConnectionState<S>(
  selector?: (snapshot: ConnectionSnapshot) => S,
  isEqual?: (a: S, b: S) => boolean,
): S | ConnectionSnapshot {
  const kit = useKit('useConnectionState')
  return useStore(kit.connection, selector, isEqual)
}
