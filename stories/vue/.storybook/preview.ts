import '@channelkit/styles/channelkit.css'
import '../../shared/preview.css'
import { ChannelKitUIProvider } from '@channelkit/vue-ui'
import type { Preview } from '@storybook/vue3-vite'
import { h } from 'vue'
import { globalTypes, initialGlobals, pageSettings, withTheme } from '../../shared/theme'

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [
    withTheme,
    // story() once per decorator: calling it in the render function would remount the story on re-render.
    (story, { globals }) => {
      const Story = story()
      const { locale } = pageSettings(globals)
      return { setup: () => () => h(ChannelKitUIProvider, { locale }, { default: () => h(Story) }) }
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Components', 'Connected', 'Live', 'Tests'] },
    },
  },
}

export default preview
