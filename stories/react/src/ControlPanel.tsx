import { useEffect, useRef } from 'react'
import { type ControlPanelOptions, mountControlPanel } from '../../shared/controlPanel'

/** The framework-free control panel (event creator, simulated members, typing, notifications). */
export function ControlPanel(props: ControlPanelOptions) {
  const root = useRef<HTMLDivElement>(null)
  const { controlUrl, presenceChannel, channel, event } = props
  useEffect(
    () => mountControlPanel(root.current!, { controlUrl, presenceChannel, channel, event }),
    [controlUrl, presenceChannel, channel, event],
  )
  return <div ref={root} />
}
