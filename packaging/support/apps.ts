import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Packed } from '../globalSetup'
import { cleanEnv, type RunResult, run, runBin } from './run'
import {
  type AppKind,
  extensionOf,
  type Snippet,
  type SourceLine,
  snippetName,
  snippetSource,
} from './snippets'
import { type PackageJson, publishablePackages } from './workspace'

/** The toolchain of the throwaway apps (TOOLCHAIN.md: the versions that work on these machines). */
export const TOOLS = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
  vue: '3.5.45',
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
  '@vitejs/plugin-vue': '6.0.11',
  typescript: '5.9.3',
  'vue-tsc': '3.3.14',
  '@types/node': '20.19.43',
}

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url))

export interface AppSpec {
  /** Folder name and test title: `react-pnpm`, `node-pnpm-2`… */
  id: string
  kind: AppKind
  installer: 'pnpm' | 'npm'
  /** What the documentation's install command names: @channelkit packages and pusher-js. */
  packages: string[]
  /** pusher-js as the app asks for it (a range for pnpm, the floor itself for npm). */
  pusherJs: string
  /**
   * The main app of its framework (README.md's install line): the fixture's usage file, every export of core,
   * a Vite build, and with pnpm every declaration file checked (skipLibCheck off), ours first.
   */
  primary: boolean
  snippets: Snippet[]
}

export interface App {
  spec: AppSpec
  dir: string
  /** Generated snippet file (relative, forward slashes) → its lines' origins. */
  sources: Map<string, SourceLine[]>
}

const frameworkDependencies = (kind: AppKind): Record<string, string> =>
  kind === 'react'
    ? { react: TOOLS.react, 'react-dom': TOOLS['react-dom'] }
    : kind === 'vue'
      ? { vue: TOOLS.vue }
      : {}

function frameworkDevDependencies(kind: AppKind): Record<string, string> {
  const pick = (...names: (keyof typeof TOOLS)[]) =>
    Object.fromEntries(names.map((name) => [name, TOOLS[name]]))
  if (kind === 'react')
    return pick('typescript', 'vite', '@vitejs/plugin-react', '@types/react', '@types/react-dom')
  if (kind === 'vue') return pick('typescript', 'vite', '@vitejs/plugin-vue', 'vue-tsc')
  return pick('typescript', '@types/node')
}

function tsconfig(spec: AppSpec) {
  // What `npm create vite` sets up (strict, bundler resolution, verbatimModuleSyntax, every file a module), plus
  // noUncheckedIndexedAccess; the primary apps also check every declaration file, ours first.
  const common = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    moduleDetection: 'force',
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: !(spec.primary && spec.installer === 'pnpm'),
  }
  if (spec.kind === 'node') {
    return {
      compilerOptions: { ...common, lib: ['ES2022'], types: ['node'], rootDir: 'src', outDir: 'out' },
      include: ['src'],
    }
  }
  const dom = { ...common, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: ['vite/client'], noEmit: true }
  if (spec.kind === 'react') return { compilerOptions: { ...dom, jsx: 'react-jsx' }, include: ['src'] }
  return { compilerOptions: { ...dom, jsx: 'preserve' }, include: ['src/**/*.ts', 'src/**/*.vue'] }
}

let manifests: Map<string, PackageJson> | undefined
/** The @channelkit packages `names` need: themselves, their dependencies and required peers, transitively. */
function reachedBy(names: string[]): string[] {
  manifests ??= new Map(publishablePackages().map((pkg) => [pkg.name, pkg.json]))
  const reached = new Set<string>()
  const visit = (name: string) => {
    const json = manifests?.get(name)
    if (!json || reached.has(name)) return
    reached.add(name)
    const optional = (json.peerDependenciesMeta ?? {}) as Record<string, { optional?: boolean }>
    const peers = Object.keys((json.peerDependencies ?? {}) as object).filter(
      (peer) => !optional[peer]?.optional,
    )
    for (const next of [...Object.keys((json.dependencies ?? {}) as object), ...peers]) visit(next)
  }
  for (const name of names) visit(name)
  return [...reached].sort()
}

/** Writes the app: package.json over the tarballs, configs, the fixture (primary apps) and the snippets. */
export function createApp(spec: AppSpec, packed: Packed, extraFiles: Record<string, string> = {}): App {
  const dir = join(packed.work, 'apps', spec.id)
  mkdirSync(join(dir, 'src', 'snippets'), { recursive: true })
  const tarball = (name: string) => {
    const file = packed.tarballs[name]
    if (!file) throw new Error(`${name} is named by the documentation but is no publishable package`)
    // Forward slashes: what pnpm and npm read in a `file:` spec on every system.
    return `file:${file.split(sep).join('/')}`
  }
  const dependencies: Record<string, string> = { ...frameworkDependencies(spec.kind) }
  for (const name of spec.packages) dependencies[name] = name === 'pusher-js' ? spec.pusherJs : tarball(name)
  // Every @channelkit package the app's packages reach resolves to its tarball wherever it is asked for (core
  // under @channelkit/react too); what the app does not name stays out of its dependencies, so pnpm's strict
  // layout hides it from the app as it would in a user's. Only what they reach: pnpm installs an optional peer
  // that an override names, which a user's app (with no overrides) never does.
  const overrides = Object.fromEntries(reachedBy(spec.packages).map((name) => [name, tarball(name)]))
  const manifest = {
    name: `ck-packaging-${spec.id}`,
    private: true,
    type: 'module',
    dependencies,
    devDependencies: frameworkDevDependencies(spec.kind),
    ...(spec.installer === 'pnpm' ? { pnpm: { overrides } } : { overrides }),
  }
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  write('package.json', `${JSON.stringify(manifest, null, 2)}\n`)
  if (spec.installer === 'pnpm') {
    // pnpm's layout as it comes (nothing hoisted where the app can see it), but every peer must come from the
    // install command instead of being added silently.
    write('.npmrc', 'auto-install-peers=false\nstrict-peer-dependencies=true\n')
  }
  write('tsconfig.json', `${JSON.stringify(tsconfig(spec), null, 2)}\n`)
  if (spec.kind !== 'node') {
    const plugin = spec.kind === 'react' ? 'react' : 'vue'
    write(
      'vite.config.ts',
      `import { defineConfig } from 'vite'\nimport ${plugin} from '@vitejs/plugin-${plugin}'\n\nexport default defineConfig({ plugins: [${plugin}()] })\n`,
    )
    const [mount, entry] = spec.kind === 'react' ? ['root', 'main.tsx'] : ['app', 'main.ts']
    write(
      'index.html',
      `<!doctype html>\n<html lang="en">\n  <body>\n    <div id="${mount}"></div>\n    <script type="module" src="/src/${entry}"></script>\n  </body>\n</html>\n`,
    )
  }
  if (spec.primary) cpSync(join(fixtures, spec.kind), dir, { recursive: true })
  // Snippets that mount an app import it from './App.vue', as a user's main.ts does.
  if (spec.kind === 'vue')
    cpSync(join(fixtures, 'snippets', 'App.vue'), join(dir, 'src', 'snippets', 'App.vue'))
  for (const [file, text] of Object.entries(extraFiles)) write(file, text)
  const sources = new Map<string, SourceLine[]>()
  for (const snippet of spec.snippets) {
    const file = `src/snippets/${snippetName(snippet)}.${extensionOf(snippet.lang)}`
    const lines = snippetSource(snippet)
    write(file, `${lines.map((line) => line.text).join('\n')}\n`)
    sources.set(file, lines)
  }
  return { spec, dir, sources }
}

export async function install(app: App): Promise<RunResult> {
  const options = { cwd: app.dir, env: cleanEnv(), timeout: 240_000 }
  return app.spec.installer === 'pnpm'
    ? run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=append-only'], options)
    : run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], options)
}

export function typecheck(app: App): Promise<RunResult> {
  const tool = app.spec.kind === 'vue' ? 'vue-tsc/bin/vue-tsc.js' : 'typescript/bin/tsc'
  return runBin(app.dir, tool, ['-p', 'tsconfig.json'], { cwd: app.dir })
}

export function build(app: App): Promise<RunResult> {
  return runBin(app.dir, 'vite/bin/vite.js', ['build', '--logLevel', 'warn'], { cwd: app.dir })
}

/** A compiled snippet, run with node. */
export function runSnippet(app: App, snippet: Snippet): Promise<RunResult> {
  const file = join(app.dir, 'out', 'snippets', `${snippetName(snippet)}.js`)
  if (!existsSync(file)) return Promise.resolve({ code: 1, output: `${file} was not emitted` })
  return run(process.execPath, [file], { cwd: app.dir, timeout: 30_000 })
}

/** Tool output with each snippet position turned into the markdown file and line it came from. */
export function explain(app: App, output: string): string {
  return output.replace(
    /(src\/snippets\/[\w.-]+)(?:\((\d+),(\d+)\)|:(\d+):(\d+))/g,
    (match, file, l1, c1, l2, c2) => {
      const lines = app.sources.get(file)
      const origin = lines?.[Number(l1 ?? l2) - 1]
      const snippet = app.spec.snippets.find((s) => file.includes(snippetName(s)))
      return origin && snippet ? `${snippet.file}:${origin.line}:${c1 ?? c2} (${match})` : match
    },
  )
}

/** The `// prints: …` promises of a snippet. */
export const promisedOutput = (snippet: Snippet) =>
  [...snippet.code.matchAll(/\/\/ prints: (.+)$/gm)].map((match) => (match[1] ?? '').trim())

export const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'))
