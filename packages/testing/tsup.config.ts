import { defineConfig } from 'tsup'
import { library } from '../../tsup.shared'

// One entry per runner and framework, over one shared chunk: the React and Vue helpers register their
// kits with the same test server module that the root entry exports (splitting in CJS too).
export default defineConfig({
  ...library,
  entry: { index: 'src/index.ts', vitest: 'src/vitest.ts', react: 'src/react.tsx', vue: 'src/vue.ts' },
  splitting: true,
})
