import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { x as extract } from 'tar'
import { describe, expect, inject, it } from 'vitest'
import { cleanEnv, run } from './support/run'
import {
  type PackageJson,
  publishablePackages,
  root,
  rootJson,
  slug,
  workspacePackages,
} from './support/workspace'

// What a user downloads: each check reads the packed tarball, not the sources. Every non-private workspace
// package is checked, so a package added later (devtools, testing, nuxt…) is held to the same rules.

const packed = inject('packed')
const packages = publishablePackages()
const packedJson = (name: string): PackageJson =>
  JSON.parse(readFileSync(join(packed.unpacked[name] ?? '', 'package.json'), 'utf8'))
const DEPENDENCY_FIELDS = [
  'dependencies',
  'peerDependencies',
  'optionalDependencies',
  'devDependencies',
] as const
const dependenciesOf = (json: PackageJson, fields: readonly string[] = DEPENDENCY_FIELDS) =>
  fields.flatMap((field) => Object.entries((json[field] as Record<string, string> | undefined) ?? {}))

/** Every `workspace:` range left in a packed package.json, as `field name@range`. */
function workspaceRanges(json: PackageJson): string[] {
  return DEPENDENCY_FIELDS.flatMap((field) =>
    Object.entries((json[field] as Record<string, string> | undefined) ?? {})
      .filter(([, range]) => range.startsWith('workspace:'))
      .map(([name, range]) => `${field} ${name}@${range}`),
  )
}

const changesets = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')) as {
  fixed: string[][]
}
const group = new Set(changesets.fixed.flat())

describe.each(packages.map((pkg) => [pkg.name, pkg] as const))('%s, as packed', (name, pkg) => {
  it('says where it comes from, who made it, its licence, engines and that it is public', () => {
    const json = packedJson(name)
    expect(json).toMatchObject({
      name,
      license: 'MIT',
      author: 'ChannelKit contributors',
      repository: { type: 'git', url: 'https://github.com/channelkit/channelkit.git', directory: pkg.path },
      homepage: `https://github.com/channelkit/channelkit/tree/main/${pkg.path}#readme`,
      bugs: { url: 'https://github.com/channelkit/channelkit/issues' },
      publishConfig: { access: 'public' },
      engines: { node: expect.stringMatching(/^>=\d+/) },
    })
    expect(json.description).toEqual(expect.any(String))
    expect(json.keywords).toEqual(expect.arrayContaining([expect.any(String)]))
  })

  it('carries the root LICENSE, its README and every file its entry points name; keeps a CHANGELOG', () => {
    const dir = packed.unpacked[name] ?? ''
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'))
    expect(readFileSync(join(pkg.dir, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^# ${name}\\n`))
    expect(existsSync(join(dir, 'README.md'))).toBe(true)
    const json = packedJson(name)
    // The paths entry points name: the values of `exports` (its keys are subpaths such as "./ui", not files).
    const values = (value: unknown): unknown[] =>
      typeof value === 'object' && value !== null ? Object.values(value).flatMap(values) : [value]
    const targets = values([json.main, json.module, json.types, json.style, json.exports, json.bin])
    const files = targets.filter(
      (file): file is string => typeof file === 'string' && /^\.\/[^*]+$/.test(file),
    )
    expect(files.length).toBeGreaterThan(0)
    expect(files.filter((file) => !existsSync(join(dir, file)))).toEqual([])
  })

  it('has no workspace: range left', () => {
    expect(workspaceRanges(packedJson(name))).toEqual([])
    expect(readFileSync(join(packed.unpacked[name] ?? '', 'package.json'), 'utf8')).not.toContain(
      'workspace:',
    )
  })
})

describe('the rules between packages', () => {
  const byName = new Map(packages.map((pkg) => [pkg.name, packedJson(pkg.name)]))

  it('catches a workspace: range in a tarball (npm pack leaves them; releases go through pnpm)', async () => {
    const into = join(packed.work, 'npm-pack')
    mkdirSync(into, { recursive: true })
    const react = packages.find((pkg) => pkg.name === '@channelkit/react')
    expect(react).toBeDefined()
    const packing = await run('npm', ['pack', '--pack-destination', into, '--ignore-scripts'], {
      cwd: react?.dir ?? root,
      env: cleanEnv(),
    })
    expect(packing.code, packing.output).toBe(0)
    await extract({ file: join(into, `${slug('@channelkit/react')}-${react?.json.version}.tgz`), cwd: into })
    const json = JSON.parse(readFileSync(join(into, 'package', 'package.json'), 'utf8'))
    expect(workspaceRanges(json)).toContain('dependencies @channelkit/core@workspace:^')
  })

  it('core is a dependency of the adapters only (and the Vue binding of the Nuxt module); everything else takes @channelkit packages as peers', () => {
    // What an entry package is installed for: the adapters carry core; the Nuxt module is the Vue binding in a
    // Nuxt module's shape (`nuxi module add @channelkit/nuxt` is the one install) and carries it and the styles.
    const carries: Record<string, string[]> = {
      '@channelkit/react': ['@channelkit/core'],
      '@channelkit/vue': ['@channelkit/core'],
      // …and core, the same version as the adapter's (one release group), for the types of `channelkit.ui`.
      '@channelkit/nuxt': ['@channelkit/vue', '@channelkit/core', '@channelkit/styles'],
    }
    // The local server holds no state an app shares with the bindings (it is a separate process's code, outside
    // the release group), so a package that runs it — the testing kit — may depend on it.
    const wrong = [...byName].flatMap(([name, json]) =>
      dependenciesOf(json, ['dependencies', 'optionalDependencies'])
        .filter(
          ([dep]) =>
            dep.startsWith('@channelkit/') && dep !== '@channelkit/server' && !carries[name]?.includes(dep),
        )
        .map(([dep]) => `${name} → ${dep}`),
    )
    expect(wrong).toEqual([])
    for (const [ui, adapter] of [
      ['@channelkit/react-ui', '@channelkit/react'],
      ['@channelkit/vue-ui', '@channelkit/vue'],
    ] as const) {
      const json = byName.get(ui)
      expect(json?.peerDependencies).toMatchObject({
        '@channelkit/core': `^${json?.version}`,
        [adapter]: `^${json?.version}`,
      })
    }
  })

  it('every pusher-js peer range starts at the floor the pusher-floor projects test', () => {
    const floor = (rootJson().devDependencies as Record<string, string>)['pusher-js-floor']
    expect(floor).toMatch(/^npm:pusher-js@\d+\.\d+\.\d+$/)
    const version = floor?.split('@').at(-1)
    const onCore = [...byName].filter(([, json]) =>
      dependenciesOf(json, ['dependencies', 'peerDependencies']).some(([dep]) => dep === '@channelkit/core'),
    )
    expect(onCore.length).toBeGreaterThan(0)
    const peerOf = (json: PackageJson | undefined) =>
      (json?.peerDependencies as Record<string, string> | undefined)?.['pusher-js']
    for (const [name, json] of [...onCore, ['@channelkit/core', byName.get('@channelkit/core')] as const]) {
      expect(peerOf(json), name).toBe(`^${version}`)
    }
    for (const [name, json] of byName) {
      const range = (json.peerDependencies as Record<string, string> | undefined)?.['pusher-js']
      if (range) expect(range, name).toBe(`^${version}`)
    }
  })

  it('a package built on a grouped package is in the fixed release group', () => {
    expect([...group].filter((name) => !byName.has(name))).toEqual([])
    const outside = [...byName]
      .filter(([name]) => !group.has(name))
      .filter(([, json]) =>
        dependenciesOf(json, ['dependencies', 'peerDependencies']).some(([dep]) => group.has(dep)),
      )
      .map(([name]) => name)
    expect(outside).toEqual([])
  })

  it('no cycle between workspace packages (dev and peer dependencies included), so pnpm warns of none', () => {
    const all = workspacePackages()
    const uses = new Map(
      all.map((pkg) => [
        pkg.name,
        ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) =>
          Object.keys((pkg.json[field] as Record<string, string> | undefined) ?? {}),
        ),
      ]),
    )
    expect(uses.has('@channelkit/core')).toBe(true)
    // Depth first: a package met again while it is still on the path closes a cycle.
    const cycles: string[] = []
    const done = new Set<string>()
    const walk = (name: string, path: string[]) => {
      if (path.includes(name)) cycles.push([...path.slice(path.indexOf(name)), name].join(' → '))
      if (path.includes(name) || done.has(name)) return
      for (const dep of uses.get(name) ?? []) if (uses.has(dep)) walk(dep, [...path, name])
      done.add(name)
    }
    for (const name of uses.keys()) walk(name, [])
    expect([...new Set(cycles)]).toEqual([])
  })

  it('a minor of core versions the whole group to the next minor (not 1.0.0); the server keeps its version', async () => {
    const scratch = join(packed.work, 'changesets')
    for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
      cpSync(join(root, file), join(scratch, file))
    }
    for (const pkg of workspacePackages()) {
      mkdirSync(join(scratch, pkg.path), { recursive: true })
      cpSync(join(pkg.dir, 'package.json'), join(scratch, pkg.path, 'package.json'))
    }
    writeFileSync(
      join(scratch, '.changeset', 'core-minor.md'),
      '---\n"@channelkit/core": minor\n---\n\nA feature.\n',
    )
    const versioning = await run(
      process.execPath,
      [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'],
      {
        cwd: scratch,
      },
    )
    expect(versioning.code, versioning.output).toBe(0)
    const version = (path: string) =>
      JSON.parse(readFileSync(join(scratch, path, 'package.json'), 'utf8')).version
    const current = packages.find((pkg) => pkg.name === '@channelkit/core')?.json.version ?? ''
    const [major, minor] = current.split('.').map(Number)
    const next = major === 0 ? `0.${(minor ?? 0) + 1}.0` : `${major}.${(minor ?? 0) + 1}.0`
    for (const pkg of packages) {
      expect(version(pkg.path), pkg.name).toBe(group.has(pkg.name) ? next : pkg.json.version)
    }
  })
})
