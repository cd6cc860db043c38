import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { x as extract } from 'tar'
import type { TestProject } from 'vitest/node'
import { cleanEnv, run } from './support/run'
import { publishablePackages, root, slug } from './support/workspace'

export interface Packed {
  /** The throwaway folder everything lives in, outside the workspace. */
  work: string
  /** Package name → its tarball, as `pnpm pack` made it. */
  tarballs: Record<string, string>
  /** Package name → the unpacked tarball (its `package/` folder): what a user's node_modules would hold. */
  unpacked: Record<string, string>
}

declare module 'vitest' {
  export interface ProvidedContext {
    packed: Packed
  }
}

/**
 * pnpm looks upwards for a pnpm-workspace.yaml (and would take its .npmrc and hoisting with it); npm stops at
 * the app's own package.json and reads no .npmrc but the app's and the user's. So an app is a user's app when
 * no workspace is above it.
 */
function assertOutsideWorkspace(dir: string) {
  for (let at = dirname(dir); ; at = dirname(at)) {
    if (existsSync(join(at, 'pnpm-workspace.yaml'))) {
      throw new Error(
        `${at} is a pnpm workspace above the packaging test's apps (${dir}): set TMPDIR elsewhere`,
      )
    }
    if (dirname(at) === at) return
  }
}

/** Packs every publishable package once (they must be built: `pnpm test:packaging` builds first). */
export default async function setup(project: TestProject) {
  const start = performance.now()
  const work = mkdtempSync(join(tmpdir(), 'ck-packaging-'))
  assertOutsideWorkspace(work)
  const packages = publishablePackages()
  for (const pkg of packages) {
    if (
      pkg.json.scripts &&
      (pkg.json.scripts as Record<string, string>).build &&
      !existsSync(join(pkg.dir, 'dist'))
    ) {
      throw new Error(`${pkg.name} is not built: run \`pnpm build\` first (\`pnpm test:packaging\` does)`)
    }
  }
  const destination = join(work, 'tarballs')
  const filters = packages.flatMap((pkg) => ['--filter', pkg.name])
  const packing = await run('pnpm', [...filters, 'pack', '--pack-destination', destination], {
    cwd: root,
    env: cleanEnv(),
  })
  if (packing.code !== 0) throw new Error(`pnpm pack failed:\n${packing.output}`)
  const files = readdirSync(destination)
  const tarballs: Record<string, string> = {}
  const unpacked: Record<string, string> = {}
  for (const pkg of packages) {
    const file = files.find((name) => name === `${slug(pkg.name)}-${pkg.json.version}.tgz`)
    if (!file) throw new Error(`no tarball for ${pkg.name} in ${files.join(', ')}`)
    tarballs[pkg.name] = join(destination, file)
    const into = join(work, 'unpacked', slug(pkg.name))
    mkdirSync(into, { recursive: true })
    await extract({ file: tarballs[pkg.name], cwd: into })
    unpacked[pkg.name] = join(into, 'package')
  }
  project.provide('packed', { work, tarballs, unpacked })
  console.log(
    `[packaging] ${packages.length} packages packed in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  )
  return () => {
    if (!process.env.CK_PACKAGING_KEEP) rmSync(work, { recursive: true, force: true })
    else console.log(`[packaging] kept ${work}`)
  }
}
