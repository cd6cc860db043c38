import type { UIRuntimeConfig } from './types'

/** What `ChannelKitUIPlugin` takes, from the runtime config: unset fields (`''`) left out. */
export function uiConfig(ui: UIRuntimeConfig | undefined): {
  locale?: string
  dir?: 'ltr' | 'rtl' | 'auto'
  labels?: UIRuntimeConfig['labels']
} {
  if (!ui) return {}
  return {
    ...(ui.locale && { locale: ui.locale }),
    ...(ui.dir && { dir: ui.dir }),
    ...(ui.labels && Object.keys(ui.labels).length > 0 && { labels: ui.labels }),
  }
}
