import { defineConfig } from 'tsup'
import { library } from '../../tsup.shared'

export default defineConfig([
  // `client` is browser-safe (pusher-js options only); `vite` is the dev-server plugin.
  { ...library, entry: ['src/index.ts', 'src/client.ts', 'src/vite.ts'], splitting: true },
  {
    entry: ['src/cli.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
])
