import '@channelkit/styles/channelkit.css'
import '../../shared/preview.css'
import type { Preview } from '@storybook/vue3-vite'
import { applyTheme, initialThemeGlobals, themeGlobalTypes } from '../../shared/theme'

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: themeGlobalTypes,
  initialGlobals: initialThemeGlobals,
  decorators: [
    (story, { globals }) => {
      applyTheme(globals.theme)
      return story()
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
}

export default preview
