import type { StorybookConfig } from '@storybook/react-vite'
import { defaultClientConditions, mergeConfig } from 'vite'

// Composition: the Vue Storybook appears in this one's sidebar. `pnpm dev` serves it on 6007 and starts this one
// only once it answers; the static build copies it to ./vue beside this one (stories/scripts/build.mjs).
const vueUrl = process.env.STORYBOOK_VUE_URL

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-themes'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  refs: () => (vueUrl ? { vue: { title: 'Vue', url: vueUrl } } : {}),
  // react-docgen-typescript reads the types the components import (react-docgen shows them as `unknown`).
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: './tsconfig.docgen.json',
      include: ['../../packages/react-ui/src/**/*.tsx', 'src/**/*.tsx'],
      exclude: ['**/*.stories.tsx', '**/__tests__/**'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !/node_modules/.test(prop.parent?.fileName ?? ''),
    },
  },
  // Workspace packages resolve to their sources (the "source" export condition): no package build needed.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { conditions: ['source', ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 2048 },
    }),
}

export default config
