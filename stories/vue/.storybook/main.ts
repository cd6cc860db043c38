import type { StorybookConfig } from '@storybook/vue3-vite'
import vue from '@vitejs/plugin-vue'
import { defaultClientConditions, mergeConfig } from 'vite'

const config: StorybookConfig = {
  framework: '@storybook/vue3-vite',
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // @storybook/vue3-vite does not compile .vue files itself; workspace packages resolve to their sources.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      plugins: [vue()],
      resolve: { conditions: ['source', ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 2048 },
    }),
}

export default config
