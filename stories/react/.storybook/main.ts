import type { StorybookConfig } from '@storybook/react-vite'
import { defaultClientConditions, mergeConfig } from 'vite'

// Composition: the Vue Storybook appears in this one's sidebar. `pnpm dev` serves it on 6007.
const vueUrl = process.env.STORYBOOK_VUE_URL ?? 'http://localhost:6007'

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  refs: (_config, { configType }) =>
    configType === 'DEVELOPMENT' || process.env.STORYBOOK_VUE_URL
      ? { vue: { title: 'Vue', url: vueUrl } }
      : {},
  // Workspace packages resolve to their sources (the "source" export condition): no package build needed.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { conditions: ['source', ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 2048 },
    }),
}

export default config
