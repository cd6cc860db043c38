import { defaultLabels, type LabelOverrides, type Labels, mergeLabels } from './labels'
import type { LocalePack } from './locales'

/**
 * App-wide settings of the UI kit, given once (`ChannelKitUIProvider` in React, `ChannelKitUIPlugin` or
 * `provideChannelKitUI()` in Vue). All plain data when labels are templates, so a React Server Component can
 * pass it.
 */
export interface UIConfig {
  /**
   * A BCP 47 tag (`'fr'`, `'pt-BR'`): picks a built-in locale pack by its language (en, fr, de, es, ja, ar),
   * and the plural rules and number format of templates. Default: the surrounding setting, else `'en'`.
   */
  locale?: string | undefined
  /** Text direction of the components (`dir` on each root). Default: the locale pack's, else inherited. */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined
  /** Strings over the locale's, by component: `{ onlineUsers: { count: '{count} online' } }`. */
  labels?: LabelOverrides | undefined
}

/** The settings every component reads: a resolved `UIConfig`. */
export interface UIContext {
  locale: string
  dir: 'ltr' | 'rtl' | 'auto' | undefined
  labels: Labels
}

/** What components use without any configuration: English, direction inherited from the page. */
export const defaultUI: UIContext = { locale: 'en', dir: undefined, labels: defaultLabels }

const packOf = (packs: Readonly<Record<string, LocalePack>>, locale: string): LocalePack | undefined =>
  packs[locale] ?? packs[locale.split('-')[0]!.toLowerCase()]

/**
 * `config` inside `parent` (nested providers refine the outer one). A new `locale` starts from its pack
 * in `packs` and takes its direction (English strings and the inherited direction when there is no pack);
 * `labels` go over that.
 */
export function resolveUI(
  config: UIConfig,
  parent: UIContext = defaultUI,
  packs: Readonly<Record<string, LocalePack>> = {},
): UIContext {
  const pack = config.locale ? packOf(packs, config.locale) : undefined
  const base = config.locale ? (pack?.labels ?? defaultLabels) : parent.labels
  return {
    locale: config.locale ?? parent.locale,
    dir: config.dir ?? pack?.dir ?? parent.dir,
    labels: mergeLabels(base, config.labels),
  }
}
