#!/usr/bin/env node
// `pnpm bench [--tiny] [--out DIR] [--only a,b]`: builds the stale @channelkit packages (the bench measures
// what users install: their dist/), compiles bench/src with esbuild, then runs every measure.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const packagesDir = join(here, '..', 'packages')

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '__tests__' || entry.name.includes('.test.')) continue
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** The built file of a package's first export (`dist/index.js`, or `dist/react/index.js` for devtools). */
function builtEntry(name) {
  const { exports = {} } = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'))
  const first = Object.values(exports).find((target) => typeof target === 'object')
  return join(packagesDir, name, first?.import?.default ?? 'dist/index.js')
}

const stale = readdirSync(packagesDir).filter((name) => {
  const src = join(packagesDir, name, 'src')
  if (!existsSync(src)) return false
  const entry = builtEntry(name)
  return !existsSync(entry) || statSync(entry).mtimeMs < newestMtime(src)
})
if (stale.length > 0) {
  console.error(`[bench] building ${stale.join(', ')} (dist/ missing or older than src/)`)
  const filters = stale.flatMap((name) => ['--filter', `@channelkit/${name}`])
  const built = spawnSync('pnpm', [...filters, 'run', 'build'], { stdio: 'inherit', cwd: here })
  if (built.status !== 0) process.exit(built.status ?? 1)
}

await build({
  entryPoints: ['src/main.ts', 'src/child.ts', 'src/clients.ts', 'src/serve.ts'].map((p) => join(here, p)),
  outdir: join(here, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
})

await import('./dist/main.mjs')
