import { defaultUI, locales, resolveUI, type UIConfig, type UIContext } from '@channelkit/core/ui'
import { createContext, type ReactNode, useContext, useMemo } from 'react'

const UI = createContext<UIContext>(defaultUI)

export interface ChannelKitUIProviderProps extends UIConfig {
  children?: ReactNode
}

/**
 * Locale, text direction and labels for every ChannelKit component inside, set once. Its props are plain
 * data when labels are templates (`'{count} online'`, `{ one: '# person', other: '# people' }`), so a React
 * Server Component can render it; nested providers refine the outer one.
 */
export function ChannelKitUIProvider({
  locale,
  dir,
  labels,
  children,
}: ChannelKitUIProviderProps): ReactNode {
  const parent = useContext(UI)
  const value = useMemo(
    () => resolveUI({ locale, dir, labels }, parent, locales),
    [locale, dir, labels, parent],
  )
  return <UI.Provider value={value}>{children}</UI.Provider>
}

/** The settings of the nearest `ChannelKitUIProvider` (English and the page's direction without one). */
export const useChannelKitUI = (): UIContext => useContext(UI)
