import type { StorybookConfig } from '@storybook/vue3-vite'
import vue from '@vitejs/plugin-vue'
import { defaultClientConditions, mergeConfig } from 'vite'

const config: StorybookConfig = {
  // vue-component-meta (Volar) reads props, their types and JSDoc, slots and emits from the TypeScript sources.
  framework: {
    name: '@storybook/vue3-vite',
    options: { docgen: { plugin: 'vue-component-meta', tsconfig: '../tsconfig.json' } },
  },
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-themes'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  // @storybook/vue3-vite does not compile .vue files itself; workspace packages resolve to their sources.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      plugins: [vue()],
      resolve: { conditions: ['source', ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 2048 },
    }),
}

export default config
