import type { ChannelKit } from '@channelkit/core'
import { usePusher } from '@channelkit/react'
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react'
import type { DevtoolsOptions } from '../core/types'

// The panel is its own chunk: an app loads it when the devtools first render, not with its own code.
const Panel = /* @__PURE__ */ lazy(() => import('./Panel'))

function Lazy(props: DevtoolsOptions & { kit: ChannelKit }): ReactNode {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  )
}

function FromProvider(props: DevtoolsOptions): ReactNode {
  return <Lazy {...props} kit={usePusher()} />
}

/**
 * ChannelKit's devtools: a toggle in a corner that opens a resizable panel. Uses the provider's kit unless
 * given `kit`. Renders nothing on the server and until mounted (no hydration mismatch).
 */
export function ChannelKitDevtools(props: DevtoolsOptions): ReactNode {
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])
  if (!mounted) return null
  return props.kit ? <Lazy {...props} kit={props.kit} /> : <FromProvider {...props} />
}
