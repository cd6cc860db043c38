#!/usr/bin/env node
// Typechecks every fenced ts/tsx/vue block of the guides (docs/**/*.md) and of packages/nuxt/README.md, as a
// user's project would hold them: each block is a file (its first-line comment may name it, e.g.
// `// app/api/pusher/auth/route.ts`). Blocks preceded by `<!-- snippet: fragment -->` or `<!-- snippet: skip, why -->`
// are skipped. Which files: owners.mjs.
// - TypeScript blocks: one program (blocks that augment a module or the global scope get a program each,
//   so their declarations do not meet);
// - Vue blocks: vue-tsc;
// - Nuxt files (server routes, components of the Nuxt guides): inside a Nuxt app with @channelkit/nuxt,
//   prepared by `nuxt prepare`, so auto-imports are typed as in a real app.
// Usage: node check.mjs [file.md …]   (paths relative to the repository root)
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { directiveOf, ownerOf } from './owners.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '../..')
const out = join(here, '.check')
const require = createRequire(import.meta.url)
const tsc = require.resolve('typescript/bin/tsc')
const vueTsc = require.resolve('vue-tsc/bin/vue-tsc.js')
const nuxi = join(dirname(require.resolve('nuxt/package.json')), 'bin/nuxt.mjs')

const NUXT_DOCS = ['docs/nuxt.md', 'packages/nuxt/README.md']
/** The markdown files this check owns (owners.mjs). */
function defaultFiles() {
  const docs = readdirSync(join(root, 'docs'), { recursive: true })
    .filter((f) => String(f).endsWith('.md'))
    .map((f) => `docs/${String(f).split(sep).join('/')}`)
  return [...docs, 'packages/nuxt/README.md'].filter((file) => ownerOf(file) === 'testing/docs')
}

/** `{ lang, code, line }` for every fenced block not marked as a fragment. */
function blocksOf(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)/.exec(lines[i])
    if (!open) continue
    const start = i
    let end = i + 1
    while (end < lines.length && !lines[end].startsWith('```')) end++
    const [kind] = directiveOf(lines[start - 1]) ?? []
    if (kind === 'skip' && !directiveOf(lines[start - 1])?.[1])
      throw new Error(`${file}:${start}: \`snippet: skip\` needs a reason`)
    if (kind !== 'fragment' && kind !== 'skip')
      blocks.push({ lang: open[1], code: lines.slice(start + 1, end).join('\n'), line: start + 1 })
    i = end
  }
  return blocks.filter((b) => ['ts', 'tsx', 'vue'].includes(b.lang))
}

const named = (code) => /^\s*(?:\/\/|<!--)\s*([\w./[\]-]+\.(?:ts|tsx|vue|mts))\b/.exec(code)?.[1]

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const files = process.argv.slice(2).length ? process.argv.slice(2) : defaultFiles()
const where = new Map() // generated file → "doc:line"
const isolated = []
let count = 0

const tsconfig = (include, extra = {}) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        isolatedModules: true,
        esModuleInterop: true,
        types: ['node', 'vite/client'],
        ...extra,
      },
      include,
    },
    null,
    2,
  )

function write(path, code, origin) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, code)
  where.set(relative(out, path), origin)
}

const nuxtConfigs = []
for (const file of files) {
  const slug = file.replace(/[^a-z0-9]+/gi, '-').replace(/-md$/, '')
  const blocks = blocksOf(file)
  // A doc that augments a module (typed events) is a program of its own: its blocks see the augmentation,
  // other docs do not.
  const own = blocks.some((b) => b.lang !== 'vue' && /declare (module|global)/.test(b.code))
  const taken = new Set()
  blocks.forEach(({ lang, code, line }, n) => {
    count++
    const origin = `${file}:${line}`
    const name = named(code)
    if (name === 'nuxt.config.ts') {
      nuxtConfigs.push({ code, origin, file: `nuxt.${slug}-${n}.ts` })
      return
    }
    const nuxt = name?.startsWith('server/') || (NUXT_DOCS.includes(file) && lang === 'vue')
    if (nuxt) {
      const path = name?.startsWith('server/')
        ? join(out, 'nuxt', name.replace(/(\.[a-z]+)?\.ts$/, `-${slug}-${n}$&`))
        : join(out, 'nuxt/app/components', `Block${slug.replace(/-/g, '')}${n}.vue`)
      write(path, code, origin)
      return
    }
    if (lang === 'vue') {
      write(join(out, 'vue', `${slug}-${n}.vue`), code, origin)
      return
    }
    const module = /^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {}\n`
    // A block that names its file is written there (per doc), so relative imports between blocks resolve.
    let path = name && !taken.has(name) ? name : `block-${n}.${lang}`
    if (!/\.(ts|tsx)$/.test(path)) path = `block-${n}.${lang}`
    taken.add(path)
    const dir = own ? join(out, `ts-${slug}`) : join(out, 'ts', slug)
    if (own && !isolated.includes(dir)) {
      isolated.push(dir)
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'tsconfig.json'), tsconfig(['**/*.ts', '**/*.tsx']))
    }
    write(join(dir, path), module, origin)
  })
}

let failed = false
function run(label, command, args, cwd) {
  try {
    execFileSync(process.execPath, [command, ...args], { cwd, stdio: 'pipe', encoding: 'utf8' })
    console.log(`ok   ${label}`)
  } catch (error) {
    failed = true
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`
    console.log(`FAIL ${label}`)
    // Name the Markdown line of each failing block.
    for (const [file, origin] of where) {
      if (output.includes(file.split('/').pop())) console.log(`     ${file} ← ${origin}`)
    }
    console.log(output.replace(/^/gm, '     '))
  }
}

if (readdirSync(out).includes('ts')) {
  writeFileSync(join(out, 'tsconfig.json'), tsconfig(['ts/**/*.ts', 'ts/**/*.tsx']))
  run('TypeScript blocks', tsc, ['-p', 'tsconfig.json'], out)
}
for (const dir of isolated)
  run(`TypeScript blocks of ${relative(out, dir).slice(3)}`, tsc, ['-p', 'tsconfig.json'], dir)

if (readdirSync(out).includes('vue')) {
  writeFileSync(join(out, 'vue/tsconfig.json'), tsconfig(['*.vue', '*.ts'], { jsx: 'preserve' }))
  run('Vue blocks', vueTsc, ['-p', 'tsconfig.json'], join(out, 'vue'))
}

if (nuxtConfigs.length) mkdirSync(join(out, 'nuxt'), { recursive: true })
if (readdirSync(out).includes('nuxt')) {
  const app = join(out, 'nuxt')
  writeFileSync(
    join(app, 'nuxt.config.ts'),
    "export default defineNuxtConfig({ modules: ['@channelkit/nuxt'], channelkit: { key: 'app-key' }, telemetry: false })\n",
  )
  writeFileSync(join(app, 'package.json'), '{ "private": true, "type": "module" }\n')
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      files: [],
      references: ['app', 'server', 'shared', 'node'].map((p) => ({ path: `./.nuxt/tsconfig.${p}.json` })),
    }),
  )
  run('Nuxt app prepared', nuxi, ['prepare'], app)
  // nuxt.config blocks: checked by Nuxt's node tsconfig (which includes .config/nuxt.*), with the module's types.
  for (const { code, origin, file } of nuxtConfigs) write(join(app, '.config', file), code, origin)
  run('Nuxt files (auto-imports)', vueTsc, ['-b', '--noEmit'], app)
}

console.log(`${count} blocks from ${files.length} files`)
process.exit(failed ? 1 : 0)
