import { defineConfig } from 'tsup'
import { library } from '../../tsup.shared'

// Four faces (app, adapter, ui, devtools) over shared chunks, so `ChannelKitError` and the kit's internals
// are one module in both formats (code splitting in CJS too). Members named `_x` are internal to this build: shortened.
export default defineConfig({
  ...library,
  entry: {
    index: 'src/index.ts',
    adapter: 'src/adapter.ts',
    ui: 'src/ui/index.ts',
    devtools: 'src/devtools.ts',
  },
  splitting: true,
  esbuildOptions(options) {
    options.mangleProps = /^_/
  },
})
