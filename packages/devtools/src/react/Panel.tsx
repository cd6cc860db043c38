import type { ChannelKit } from '@channelkit/core'
import { useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { createDevtools, type DevtoolsOptions, view } from '../core'
import { toReact } from './render'

export type PanelProps = DevtoolsOptions & { kit: ChannelKit }

/** The devtools of `kit`, drawn from the framework-free view (loaded lazily by ChannelKitDevtools). */
export default function Panel({ kit, ...options }: PanelProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the other options are read once, at creation
  const devtools = useMemo(() => createDevtools(kit, options), [kit])
  const { trigger, position, theme, styleNonce } = options
  useEffect(() => devtools.mount(), [devtools])
  useEffect(
    () => devtools.setOptions({ trigger, position, theme, styleNonce }),
    [devtools, trigger, position, theme, styleNonce],
  )
  const state = useSyncExternalStore(devtools.subscribe, devtools.getSnapshot, devtools.getSnapshot)
  const root = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => devtools.afterRender(root.current))
  const node = view(state, devtools)
  return toReact({ ...node, props: { ...node.props, ref: root } })
}
