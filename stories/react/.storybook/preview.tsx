import '@channelkit/styles/channelkit.css'
import '../../shared/preview.css'
import { ChannelKitUIProvider } from '@channelkit/react-ui'
import type { Preview } from '@storybook/react-vite'
import { globalTypes, initialGlobals, pageSettings, withTheme } from '../../shared/theme'

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [
    withTheme,
    (Story, { globals }) => (
      <ChannelKitUIProvider locale={pageSettings(globals).locale}>
        <Story />
      </ChannelKitUIProvider>
    ),
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Tokens', 'Components', 'Connected', 'Live', 'Tests'] },
    },
  },
}

export default preview
