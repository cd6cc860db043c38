import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { describe, expect, inject, it } from 'vitest'
import {
  type AppSpec,
  build,
  createApp,
  explain,
  install,
  promisedOutput,
  runSnippet,
  typecheck,
} from './support/apps'
import { exportedNames, reexportCheck } from './support/exports'
import {
  type AppKind,
  appKind,
  FRAMEWORK,
  fits,
  importedPackages,
  markdownFiles,
  readMarkdown,
  type Snippet,
} from './support/snippets'
import { rootJson } from './support/workspace'

// A user's first hour, from the packed tarballs: throwaway apps outside the workspace install exactly what the
// documentation's install commands name, type-check every code block under them (strict, with pnpm's strict
// layout, and the main React and Vue apps with npm too), build the main apps with Vite and run the Node
// snippets. The main React and Vue apps also check every export of core through the adapter and that the
// README's typed events type the payloads.

const packed = inject('packed')
const docs = markdownFiles().map(readMarkdown)
const snippets = docs.flatMap((doc) => doc.snippets)
const floor = ((rootJson().devDependencies as Record<string, string>)['pusher-js-floor'] ?? '')
  .split('@')
  .at(-1)

/** The one install command of each framework (README.md's install line). */
const MAIN: Record<string, string[]> = {
  react: ['@channelkit/react', 'pusher-js'],
  vue: ['@channelkit/vue', 'pusher-js'],
}

// Blocks under a framework's main install line go to its main app, installed with that line alone. The blocks
// under every other install line go to one more app per kind with all their packages (fewer installs); the
// import check below keeps each block to the packages its own line names.
interface Bucket {
  kind: AppKind
  primary: boolean
  packages: Set<string>
  snippets: Snippet[]
}
const buckets = new Map<string, Bucket>()
const bucket = (kind: AppKind, primary: boolean) => {
  const id = primary ? `${kind}` : `${kind}-more`
  const found = buckets.get(id) ?? {
    kind,
    primary,
    packages: new Set(primary ? MAIN[kind] : []),
    snippets: [],
  }
  buckets.set(id, found)
  return found
}
bucket('react', true)
bucket('vue', true)
for (const snippet of snippets) {
  if (!snippet.install) continue
  const kind = appKind(snippet.install.packages)
  const target = bucket(kind, MAIN[kind]?.join(' ') === snippet.install.packages.join(' '))
  for (const name of snippet.install.packages) target.packages.add(name)
  if (fits(kind, snippet.lang)) target.snippets.push(snippet)
}

const specs: AppSpec[] = [...buckets.values()].flatMap(({ kind, primary, packages, snippets }) => {
  const named = [...packages].sort()
  const name = primary
    ? kind
    : named.filter((p) => p !== 'pusher-js').map((p) => p.replace('@channelkit/', ''))
  return (['pnpm', 'npm'] as const)
    .filter((installer) => primary || installer === 'pnpm')
    .map((installer) => ({
      id: `${[name].flat().join('+')}-${installer}`,
      kind,
      installer,
      packages: named,
      // pnpm gets the range `pnpm add` writes; npm the floor of our peer range, so the floor builds too.
      pusherJs: installer === 'pnpm' ? `^${floor}` : `${floor}`,
      primary,
      snippets,
    }))
})

describe('the documentation', () => {
  it('has an install command above every checked block, honoured directives, and npm lines that match pnpm', () => {
    const where = (s: Snippet) => `${s.file}:${s.line}`
    expect(docs.flatMap((doc) => doc.problems)).toEqual([])
    expect(snippets.filter((s) => !s.install).map(where)).toEqual([])
    const wrongKind = snippets.filter((s) => s.install && !fits(appKind(s.install.packages), s.lang))
    expect(
      wrongKind.map(
        (s) => `${where(s)}: a ${s.lang} block under \`pnpm add ${s.install?.packages.join(' ')}\``,
      ),
    ).toEqual([])
    const installs = docs.flatMap((doc) => doc.installs.map((i) => ({ ...i, file: doc.file })))
    const mismatched = installs.filter((i) => i.npm && i.npm.join(' ') !== i.packages.join(' '))
    expect(mismatched.map((i) => `${i.file}:${i.line}`)).toEqual([])
    expect(snippets.length).toBeGreaterThan(10)
  })

  it('every block imports (or augments) only what the install command above it names, and its framework', () => {
    const wrong = snippets.flatMap((s) => {
      const named = s.install?.packages ?? []
      const allowed = new Set([...named, ...FRAMEWORK[appKind(named)]])
      return importedPackages(s.code)
        .filter((name) => !allowed.has(name))
        .map((name) => `${s.file}:${s.line} uses ${name}, not in \`pnpm add ${named.join(' ')}\``)
    })
    expect(wrong).toEqual([])
  })

  it("README.md's install line for React and for Vue is the one package and pusher-js", () => {
    const readme = docs.find((doc) => doc.file === 'README.md')
    const lines = readme?.installs.map((i) => i.packages.join(' ')) ?? []
    expect(lines).toEqual(expect.arrayContaining([MAIN.react?.join(' '), MAIN.vue?.join(' ')]))
  })
})

describe.concurrent('apps from the packed packages', () => {
  const coreExports = exportedNames(join(packed.unpacked['@channelkit/core'] ?? '', 'dist', 'index.d.ts'))

  it.for(specs)('$id', async (spec, { expect }) => {
    const adapter = spec.kind === 'react' ? '@channelkit/react' : '@channelkit/vue'
    const extra: Record<string, string> = spec.primary
      ? {
          'src/exports.ts': reexportCheck(
            coreExports,
            adapter,
            `every export of @channelkit/core, from ${adapter}`,
          ),
        }
      : {}
    if (spec.primary) {
      // The fixture's payload assertions rest on the README's typed-events snippet.
      expect.soft(spec.snippets.map((s) => s.code).join('\n')).toContain(`declare module '${adapter}'`)
      expect(coreExports).toEqual(
        expect.arrayContaining(['createChannelKit', 'shallowEqual', 'ChannelKitError']),
      )
    }
    const app = createApp(spec, packed, extra)
    const timings: string[] = []
    const step = async <T>(label: string, work: () => Promise<T>) => {
      const start = performance.now()
      const result = await work()
      timings.push(`${label} ${((performance.now() - start) / 1000).toFixed(1)} s`)
      return result
    }

    const installed = await step(spec.installer, () => install(app))
    expect(installed.code, installed.output).toBe(0)
    if (spec.installer === 'pnpm' && spec.primary) {
      // The strict layout: core is inside @channelkit/react, not the app's to import (or augment).
      expect(existsSync(join(app.dir, 'node_modules', '@channelkit', 'core'))).toBe(false)
    }

    const checked = await step(spec.kind === 'vue' ? 'vue-tsc' : 'tsc', () => typecheck(app))
    expect(checked.code, explain(app, checked.output)).toBe(0)

    if (spec.primary) {
      const built = await step('vite build', () => build(app))
      expect(built.code, built.output).toBe(0)
      expect(readdirSync(join(app.dir, 'dist', 'assets')).some((file) => file.endsWith('.js'))).toBe(true)
    }

    for (const snippet of spec.snippets.filter((s) => s.run)) {
      const ran = await step(`node ${snippet.file}:${snippet.line}`, () => runSnippet(app, snippet))
      expect(ran.code, ran.output).toBe(0)
      for (const line of promisedOutput(snippet)) expect(ran.output).toContain(line)
    }
    console.log(`[packaging] ${spec.id} (${spec.snippets.length} snippets): ${timings.join(', ')}`)
  })
})
