import { PusherProvider } from '@harelpls/use-pusher'
import type Pusher from 'pusher-js'
import { type ReactNode, useMemo } from 'react'

type ProviderWithValue = (props: {
  clientKey: string
  cluster: string
  value: { client: Pusher }
  children: ReactNode
}) => ReactNode

/**
 * use-pusher's provider around a pusher-js client we made, through its documented `value` override (its
 * types expect pusher-js 7 and predate React 18's explicit `children`).
 */
export function UsePusherProvider({ client, children }: { client: Pusher; children: ReactNode }) {
  const Provider = PusherProvider as unknown as ProviderWithValue
  const value = useMemo(() => ({ client }), [client])
  return (
    <Provider clientKey={client.key} cluster="mt1" value={value}>
      {children}
    </Provider>
  )
}
