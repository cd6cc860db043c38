import '@channelkit/styles/channelkit.css'
import '../../shared/preview.css'
import type { Preview } from '@storybook/react-vite'
import { applyTheme, initialThemeGlobals, themeGlobalTypes } from '../../shared/theme'

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: themeGlobalTypes,
  initialGlobals: initialThemeGlobals,
  decorators: [
    (Story, { globals }) => {
      applyTheme(globals.theme)
      return <Story />
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
}

export default preview
