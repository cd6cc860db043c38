import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { root } from './paths'

// Packs workspace packages as npm would publish them and installs them into a throwaway app outside the
// workspace (os.tmpdir()), so a test sees what a user gets: dist/, exports, types, dependencies.

export interface Run {
  status: number | null
  /** stdout and stderr, interleaved as far as the pipes allow. */
  output: string
  ms: number
}

/** Runs a command to completion; never throws for a non-zero exit (the caller asserts on `status`). */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const started = performance.now()
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`
  return { status: result.status, output, ms: Math.round(performance.now() - started) }
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '__tests__' || entry.name.includes('.test.')) continue
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** Builds the packages (directories under packages/) whose dist/ is missing or older than src/. */
export function buildStale(dirs: readonly string[]): string[] {
  const stale = dirs.filter((dir) => {
    const entry = join(root, 'packages', dir, 'dist', 'index.js')
    return !existsSync(entry) || statSync(entry).mtimeMs < newestMtime(join(root, 'packages', dir, 'src'))
  })
  if (stale.length === 0) return stale
  const filters = stale.flatMap((dir) => ['--filter', `./packages/${dir}`])
  const built = run('pnpm', [...filters, 'run', 'build'], root)
  if (built.status !== 0) throw new Error(`Building ${stale.join(', ')} failed:\n${built.output}`)
  return stale
}

/** `pnpm pack` of packages/<dir> for each dir into `into`; returns package name → tarball path. */
export function packPackages(dirs: readonly string[], into: string): Record<string, string> {
  const tarballs: Record<string, string> = {}
  for (const dir of dirs) {
    const packed = run('pnpm', ['pack', '--pack-destination', into, '--json'], join(root, 'packages', dir))
    if (packed.status !== 0) throw new Error(`pnpm pack in packages/${dir} failed:\n${packed.output}`)
    const { name, filename } = JSON.parse(packed.output.slice(packed.output.indexOf('{'))) as {
      name: string
      filename: string
    }
    tarballs[name] = filename.startsWith('/') ? filename : join(into, filename)
  }
  return tarballs
}

export interface PackedAppOptions {
  /** Directories under packages/ to build (when stale), pack and install. */
  packages: readonly string[]
  /** Of those, the ones the app lists as devDependencies (the others are dependencies). */
  devPackages?: readonly string[]
  /** Registry dependencies, name → exact version. */
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  /** A directory whose files are copied into the app. */
  files?: string
  /** Dependencies whose install scripts may run (pnpm 10 skips the others). */
  builtDependencies?: string[]
}

export interface PackedApp {
  readonly dir: string
  /** package name → tarball */
  readonly tarballs: Record<string, string>
  /** How long each step took (ms). */
  readonly timings: { build: number; pack: number; install: number }
  /** Runs a binary of the app's node_modules/.bin (`pnpm exec`). */
  exec(bin: string, args?: string[]): Run
  remove(): void
}

/**
 * A throwaway app in os.tmpdir() that installs the packed packages (their own @channelkit dependencies
 * resolve to the tarballs too, through pnpm overrides) and the given registry packages with pnpm.
 */
export function createPackedApp(options: PackedAppOptions): PackedApp {
  const dir = mkdtempSync(join(tmpdir(), 'channelkit-app-'))
  const started = performance.now()
  buildStale(options.packages)
  const build = Math.round(performance.now() - started)
  const packStarted = performance.now()
  const tarballDir = mkdtempSync(join(tmpdir(), 'channelkit-tarballs-'))
  const tarballs = packPackages(options.packages, tarballDir)
  const pack = Math.round(performance.now() - packStarted)

  const local = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]))
  const devNames = new Set(
    (options.devPackages ?? []).map((dir) => Object.keys(tarballs).find((name) => name.endsWith(`/${dir}`))),
  )
  const pick = (dev: boolean) =>
    Object.fromEntries(Object.entries(local).filter(([name]) => devNames.has(name) === dev))
  if (options.files) cpSync(options.files, dir, { recursive: true })
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'channelkit-throwaway-app',
        private: true,
        type: 'module',
        dependencies: { ...pick(false), ...options.dependencies },
        devDependencies: { ...pick(true), ...options.devDependencies },
        pnpm: { overrides: local, onlyBuiltDependencies: options.builtDependencies ?? [] },
      },
      null,
      2,
    )}\n`,
  )
  // CI=true would make pnpm insist on a lockfile this app does not have yet.
  const installed = run('pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline'], dir, { CI: '' })
  if (installed.status !== 0) throw new Error(`pnpm install in ${dir} failed:\n${installed.output}`)

  return {
    dir,
    tarballs,
    timings: { build, pack, install: installed.ms },
    exec: (bin, args = []) => run('pnpm', ['exec', bin, ...args], dir, { CI: 'true' }),
    remove() {
      for (const path of [dir, tarballDir]) rmSync(path, { recursive: true, force: true })
    },
  }
}
