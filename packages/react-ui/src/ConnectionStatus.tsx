import type { ConnectionSnapshot } from '@channelkit/core'
import { useConnectionState, usePusher } from '@channelkit/react'
import type { ReactNode } from 'react'
import { ConnectionStatusView, type ConnectionStatusViewProps } from './ConnectionStatusView'

export type ConnectionStatusProps = Omit<ConnectionStatusViewProps, 'state' | 'onRetry'>

const selectState = (snapshot: ConnectionSnapshot) => snapshot.state

/** The kit's connection state; retry reconnects now (`kit.connect()`, restarting a pending attempt). */
export function ConnectionStatus(props: ConnectionStatusProps): ReactNode {
  const kit = usePusher()
  const state = useConnectionState(selectState)
  return <ConnectionStatusView {...props} state={state} onRetry={() => kit.connect()} />
}
