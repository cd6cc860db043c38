import { defineConfig } from 'tsup'
import { clientLibrary, library } from '../../tsup.shared'

// The panel of each framework is a chunk of its own (imported lazily by the entry); the production
// entries export the same component without the NODE_ENV switch.
export default defineConfig([
  {
    ...clientLibrary,
    entry: { 'react/index': 'src/react/index.ts', 'react/production': 'src/react/production.ts' },
    splitting: true,
    clean: false,
  },
  {
    ...library,
    entry: { 'vue/index': 'src/vue/index.ts', 'vue/production': 'src/vue/production.ts' },
    splitting: true,
    clean: false,
  },
])
