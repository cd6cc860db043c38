import { defineConfig } from 'tsup'
import { library } from '../../tsup.shared'

export default defineConfig([
  library,
  {
    entry: ['src/cli.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
])
