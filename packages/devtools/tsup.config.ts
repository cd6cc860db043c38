import { defineConfig } from 'tsup'
import { clientLibrary, library } from '../../tsup.shared'

// One folder per framework. Its panel is a chunk of its own, imported lazily by the entry; the production
// entry exports the same component without the NODE_ENV switch.
export default defineConfig([
  {
    ...clientLibrary,
    entry: { index: 'src/react/index.ts', production: 'src/react/production.ts' },
    outDir: 'dist/react',
    splitting: true,
  },
  {
    ...library,
    entry: { index: 'src/vue/index.ts', production: 'src/vue/production.ts' },
    outDir: 'dist/vue',
    splitting: true,
  },
])
