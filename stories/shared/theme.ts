import { withThemeByDataAttribute } from '@storybook/addon-themes'

/** The toolbar's light/dark switch (@storybook/addon-themes): `data-theme` on <html>, which @channelkit/styles follows. */
export const withTheme = withThemeByDataAttribute({
  themes: { light: 'light', dark: 'dark' },
  defaultTheme: 'light',
  attributeName: 'data-theme',
})

/** Toolbar switches of our own: text direction of the page, and the UI kit's locale. */
export const globalTypes = {
  dir: {
    description: 'Text direction of the page (dir on <html>)',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Locale of the UI kit (ChannelKitUIProvider / provideChannelKitUI)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: ['en', 'fr', 'de', 'es', 'ja', 'ar'].map((value) => ({ value, title: value })),
      dynamicTitle: true,
    },
  },
}

export const initialGlobals = { theme: 'light', dir: 'ltr', locale: 'en' }

/** Sets the page direction; the locale is given to the UI provider only when it is not the default. */
export function pageSettings(globals: Record<string, unknown>): { locale: string | undefined } {
  document.documentElement.dir = globals.dir === 'rtl' ? 'rtl' : 'ltr'
  const locale = typeof globals.locale === 'string' && globals.locale !== 'en' ? globals.locale : undefined
  return { locale }
}

/** The manager's look: ChannelKit's name and colours. */
export const brand = {
  brandTitle: 'ChannelKit',
  brandUrl: 'https://github.com/channelkit/channelkit',
  brandTarget: '_self',
  colorPrimary: '#4f46e5',
  colorSecondary: '#4f46e5',
  fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
} as const
