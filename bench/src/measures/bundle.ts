import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import { build, transform } from 'esbuild'
import { benchDir } from '../benchDir'
import type { MeasureResult, Row, Subject } from '../types'

const require = createRequire(`${benchDir}/package.json`)

/** The dependencies every library shares: excluded from every bundle the same way. */
const shared = ['react', 'react-dom', 'vue', 'pusher-js']
const sharedExternal = shared.flatMap((name) => [name, `${name}/*`])
const ours = ['@channelkit/core', '@channelkit/react', '@channelkit/vue']

interface Bundled {
  bytes: number
  exports: string[]
}

async function bundle(code: string, external: string[] = sharedExternal): Promise<Bundled> {
  const result = await build({
    stdin: { contents: code, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error('bench: esbuild wrote no bundle')
  const meta = Object.values(result.metafile.outputs)[0]
  return { bytes: gzipSync(output.contents, { level: 9 }).length, exports: meta?.exports ?? [] }
}

/** Every chunk of a code-split development build of `code` (lazy chunks included), each gzipped, summed. */
async function developmentBundle(code: string, external: string[]): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    splitting: true,
    outdir: `${benchDir}/dist/devtools-size`,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    define: { 'process.env.NODE_ENV': '"development"' },
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0)
}

/** What an app pays for `<ChannelKitDevtools />`: imported and rendered, as its production build ships it. */
const devtoolsEntries = {
  react: `import { createElement } from 'react'
import { ChannelKitDevtools } from '@channelkit/devtools/react'
export const devtools = () => createElement(ChannelKitDevtools, { initialIsOpen: true })`,
  vue: `import { h } from 'vue'
import { ChannelKitDevtools } from '@channelkit/devtools/vue'
export const devtools = () => h(ChannelKitDevtools, { initialIsOpen: true })`,
}

async function devtoolsRows(): Promise<Row[]> {
  const rows: Row[] = []
  for (const stack of ['react', 'vue'] as const) {
    const name = stack === 'react' ? 'React' : 'Vue'
    // Core and the adapters are bundled, not external: anything of theirs that survived would count here.
    const production = await bundle(devtoolsEntries[stack])
    rows.push(
      packageRow(
        `bundle.devtools.${stack}.production`,
        `Devtools import + render, production build, ${name} (min+gz)`,
        production.bytes,
      ),
    )
    // The app has core and its hooks; Vue apps with Vue Devtools have @vue/devtools-api (an optional peer).
    const development = await developmentBundle(devtoolsEntries[stack], [
      ...sharedExternal,
      ...ours,
      '@vue/devtools-api',
    ])
    rows.push(
      packageRow(
        `bundle.devtools.${stack}.development`,
        `  Devtools, development build, ${name}: entry + lazy panel chunk, core/devtools included`,
        development,
      ),
    )
  }
  return rows
}

/** Provider + channel + event + presence, as an app imports them from each library. */
const appEntries: Record<'react' | 'vue', Partial<Record<Subject, string>>> = {
  react: {
    channelkit: `export { ChannelKitProvider, useChannel, useEvent, usePresence } from '@channelkit/react'`,
    usePusher: `export { PusherProvider, useChannel, useEvent, usePresenceChannel } from '@harelpls/use-pusher'`,
    echo: `export { configureEcho, useChannel, useEcho, useEchoPresence } from '@laravel/echo-react'`,
  },
  vue: {
    channelkit: `export { ChannelKitPlugin, useChannel, useEvent, usePresence } from '@channelkit/vue'`,
    echo: `export { configureEcho, useChannel, useEcho, useEchoPresence } from '@laravel/echo-vue'`,
  },
}

async function appRow(stack: 'react' | 'vue'): Promise<Row> {
  const cells: Row['cells'] = {}
  for (const [subject, code] of Object.entries(appEntries[stack]) as [Subject, string][]) {
    cells[subject] = { value: (await bundle(code)).bytes }
  }
  if (stack === 'vue') cells.usePusher = { value: null, note: 'React only' }
  cells.baseline = { value: null, note: '0 B (no binding)' }
  return {
    measure: 'bundle',
    id: `bundle.app.${stack}`,
    label: `App entry, ${stack === 'react' ? 'React' : 'Vue'}: provider + channel + event + presence (min+gz)`,
    unit: 'B',
    cells,
    ratioTo: 'channelkit',
  }
}

function packageRow(id: string, label: string, bytes: number): Row {
  return { measure: 'bundle', id, label, unit: 'B', cells: { channelkit: { value: bytes } } }
}

/** Each UI component alone, on top of core and the hooks (they are external here: the app has them). */
async function componentRows(pkg: '@channelkit/react-ui' | '@channelkit/vue-ui'): Promise<Row[]> {
  const all = await bundle(`export * from '${pkg}'`, [...sharedExternal, ...ours])
  const components = all.exports.filter((name) => /^[A-Z]/.test(name)).sort()
  const stack = pkg === '@channelkit/react-ui' ? 'React' : 'Vue'
  const rows = [packageRow(`bundle.pkg.${stack.toLowerCase()}-ui`, `${pkg}, every export`, all.bytes)]
  for (const name of components) {
    const one = await bundle(`export { ${name} } from '${pkg}'`, [...sharedExternal, ...ours])
    rows.push(packageRow(`bundle.ui.${stack.toLowerCase()}.${name}`, `  ${stack} UI: <${name}>`, one.bytes))
  }
  return rows
}

export async function measureBundle(): Promise<MeasureResult> {
  const rows: Row[] = [await appRow('react'), await appRow('vue')]
  rows.push(
    packageRow(
      'bundle.pkg.core',
      '@channelkit/core, every export',
      (await bundle(`export * from '@channelkit/core'`)).bytes,
    ),
    packageRow(
      'bundle.pkg.core.createChannelKit',
      '@channelkit/core, createChannelKit only',
      (await bundle(`export { createChannelKit } from '@channelkit/core'`)).bytes,
    ),
  )
  for (const name of ['react', 'vue'] as const) {
    const entry = await bundle(`export * from '@channelkit/${name}'`, [...sharedExternal, '@channelkit/core'])
    rows.push(
      packageRow(`bundle.pkg.${name}`, `@channelkit/${name}, every export (core external)`, entry.bytes),
    )
  }
  const notes: string[] = []
  try {
    rows.push(...(await devtoolsRows()))
  } catch (error) {
    notes.push(`@channelkit/devtools not measured: ${(error as Error).message.split('\n')[0]}`)
  }
  for (const pkg of ['@channelkit/react-ui', '@channelkit/vue-ui'] as const) {
    try {
      rows.push(...(await componentRows(pkg)))
    } catch (error) {
      notes.push(`${pkg} not measured: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  try {
    const css = readFileSync(require.resolve('@channelkit/styles/channelkit.css'), 'utf8')
    const minified = await transform(css, { loader: 'css', minify: true })
    rows.push(
      packageRow(
        'bundle.pkg.styles',
        '@channelkit/styles channelkit.css (min+gz)',
        gzipSync(minified.code, { level: 9 }).length,
      ),
    )
  } catch (error) {
    notes.push(`@channelkit/styles not measured: ${(error as Error).message.split('\n')[0]}`)
  }
  const pusher = await bundle(`export { default } from 'pusher-js'`, [])
  rows.push({
    measure: 'bundle',
    id: 'bundle.pusher-js',
    label: 'pusher-js itself (shared by all, excluded above)',
    unit: 'B',
    cells: { baseline: { value: pusher.bytes } },
  })
  notes.push(
    'Bundle: esbuild bundle+minify (ESM, browser, NODE_ENV=production), gzip level 9; react, react-dom, vue and ' +
      'pusher-js are external for every library; laravel-echo is counted (echo-react/echo-vue ship it inlined). ' +
      'UI rows: core and the hooks package are external (an app already has them). Devtools rows: the ' +
      'production row bundles core and the hooks (whatever survives counts); the development row sums every ' +
      'chunk of a code-split build with core, the hooks and @vue/devtools-api external. 1 KB = 1,000 B. ' +
      'use-pusher 7.2.1 depends on pusher-js ^7 (not a peer): next to pusher-js 8 an app ships a second copy, not counted here.',
  )
  return { rows, notes }
}
