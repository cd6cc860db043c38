/** The toolbar's light/dark switch: sets `data-theme` on <html>, which @channelkit/styles follows. */
export const themeGlobalTypes = {
  theme: {
    description: 'Colour theme (data-theme on the root)',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
}

export const initialThemeGlobals = { theme: 'light' }

export function applyTheme(theme: unknown): void {
  document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : 'light'
}
