import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { directiveOf, ownerOf } from '../../testing/docs/owners.mjs'
import { root } from './workspace'

/**
 * The code blocks of the documentation, type-checked in throwaway apps that install exactly what the
 * documentation told the reader to install: a block is checked against the nearest install command above it
 * (a ```sh block with `pnpm add …`), so every import it names must come from those packages.
 *
 * An HTML comment right before a block changes how it is checked:
 *   <!-- snippet: fragment -->        JSX or statements that only make sense inside a component or function:
 *                                     its imports stay on top, the rest is wrapped in one
 *   <!-- snippet: run -->             a Node script: compiled and run, it must exit 0 and print every
 *                                     `// prints: …` its comments promise
 *   <!-- snippet: skip, <reason> -->  not checked; the reason is required (keep these rare)
 */

export const CHECKED = new Set(['ts', 'tsx', 'typescript', 'js', 'jsx', 'javascript', 'vue'])
const SHELL = new Set(['sh', 'bash', 'shell', 'console', 'zsh'])

export interface Install {
  /** Sorted package names of its `pnpm add` lines. */
  packages: string[]
  /** The same from its `npm i` lines, when it has any. */
  npm?: string[]
  line: number
}

export interface Snippet {
  /** The markdown file, from the repository root with forward slashes. */
  file: string
  /** Line of the block's first line of code (1-based). */
  line: number
  lang: string
  code: string
  fragment: boolean
  run: boolean
  install?: Install
}

export interface Markdown {
  file: string
  snippets: Snippet[]
  installs: Install[]
  skipped: { line: number; reason: string }[]
  /** Directives that cannot be honoured (unknown word, skip without reason). */
  problems: string[]
}

/**
 * The markdown files this check owns (testing/docs/owners.mjs): README.md and the packages' READMEs; the guides
 * in docs/ and the Nuxt and testing READMEs are checked where their frameworks are installed.
 */
export function markdownFiles(): string[] {
  const files = [join(root, 'README.md')]
  const packages = join(root, 'packages')
  for (const dir of readdirSync(packages)) {
    if (existsSync(join(packages, dir, 'README.md'))) files.push(join(packages, dir, 'README.md'))
  }
  const docs = join(root, 'docs')
  if (existsSync(docs)) {
    for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.md') && !file.split(/[\\/]/).includes('node_modules')) files.push(join(docs, file))
    }
  }
  return files
    .map((file) => relative(root, file).split(sep).join('/'))
    .filter((file) => ownerOf(file) === 'packaging')
    .sort()
}

const packageName = (spec: string) => spec.match(/^(@[^/@]+\/[^@]+|[^@]+)/)?.[1] ?? spec

/** Package names a shell line installs with `pnpm add` or `npm i`, flags and version ranges left out. */
export function installedBy(line: string): { tool: 'pnpm' | 'npm'; packages: string[] } | undefined {
  const words = line
    .replace(/(^|\s)#.*$/, '')
    .trim()
    .split(/\s+/)
  const tool =
    words[0] === 'pnpm' && words[1] === 'add'
      ? 'pnpm'
      : words[0] === 'npm' && ['i', 'install', 'add'].includes(words[1] ?? '')
        ? 'npm'
        : undefined
  if (!tool) return undefined
  return {
    tool,
    packages: words
      .slice(2)
      .filter((word) => !word.startsWith('-'))
      .map(packageName),
  }
}

export function readMarkdown(file: string): Markdown {
  const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/)
  const result: Markdown = { file, snippets: [], installs: [], skipped: [], problems: [] }
  let directive: { words: string[]; line: number } | undefined
  let install: Install | undefined
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? ''
    const comment = directiveOf(text)
    if (comment) {
      directive = { words: comment, line: i + 1 }
      continue
    }
    const open = text.match(/^(\s*)(`{3,}|~{3,})\s*([\w-]*)/)
    if (!open) {
      if (text.trim() !== '') directive = undefined
      continue
    }
    const [, indent = '', fence = '', lang = ''] = open
    const body: string[] = []
    const start = i + 2
    for (i++; i < lines.length; i++) {
      const line = lines[i] ?? ''
      const closing = line.trim()
      if (closing.length >= fence.length && /^(`+|~+)$/.test(closing) && closing[0] === fence[0]) break
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())
    }
    const words = directive?.words ?? []
    directive = undefined
    if (SHELL.has(lang)) {
      const found = body.map(installedBy).filter((entry) => entry !== undefined)
      if (found.length === 0) continue
      const set = (tool: string) =>
        [...new Set(found.filter((entry) => entry.tool === tool).flatMap((entry) => entry.packages))].sort()
      install = { packages: set('pnpm'), line: start - 1 }
      if (found.some((entry) => entry.tool === 'npm')) install.npm = set('npm')
      result.installs.push(install)
      continue
    }
    if (!CHECKED.has(lang)) continue
    const [first = '', ...rest] = words
    if (first === 'skip') {
      const reason = rest.join(',').trim()
      if (!reason) result.problems.push(`${file}:${start - 1}: \`snippet: skip\` needs a reason`)
      result.skipped.push({ line: start - 1, reason })
      continue
    }
    const unknown = words.filter((word) => word !== '' && word !== 'fragment' && word !== 'run')
    if (unknown.length > 0)
      result.problems.push(`${file}:${start - 1}: unknown snippet directive ${unknown.join(', ')}`)
    result.snippets.push({
      file,
      line: start,
      lang,
      code: body.join('\n'),
      fragment: words.includes('fragment'),
      run: words.includes('run'),
      ...(install ? { install } : {}),
    })
  }
  return result
}

export type AppKind = 'react' | 'vue' | 'node'

/** The kind of app an install command makes: the framework its packages are for. */
export function appKind(packages: string[]): AppKind {
  if (packages.some((name) => name === '@channelkit/react' || name === '@channelkit/react-ui')) return 'react'
  if (packages.some((name) => name === '@channelkit/vue' || name === '@channelkit/vue-ui')) return 'vue'
  return 'node'
}

export const extensionOf = (lang: string) =>
  ({ typescript: 'ts', javascript: 'js' })[lang] ?? (lang === 'vue' ? 'vue' : lang)

/** Which snippet languages an app kind can check. */
export function fits(kind: AppKind, lang: string): boolean {
  const ext = extensionOf(lang)
  if (ext === 'vue') return kind === 'vue'
  if (ext === 'tsx' || ext === 'jsx') return kind === 'react'
  return true
}

/** One generated line and the markdown line it came from. */
export interface SourceLine {
  text: string
  line: number
}

/** The file a snippet becomes: fragments get their imports on top and the rest wrapped. */
export function snippetSource(snippet: Snippet): SourceLine[] {
  const lines = snippet.code.split('\n').map((text, i) => ({ text, line: snippet.line + i }))
  if (!snippet.fragment) return lines
  let split = 0
  // The leading imports (possibly multi-line) and blank lines stay on top.
  for (let inImport = false; split < lines.length; split++) {
    const text = lines[split]?.text ?? ''
    if (inImport) {
      if (/\bfrom\s+['"][^'"]+['"]\s*;?\s*$/.test(text)) inImport = false
      continue
    }
    if (/^import\b/.test(text)) {
      inImport = !/['"]\s*;?\s*$/.test(text)
      continue
    }
    if (text.trim() !== '') break
  }
  const head = lines.slice(0, split)
  const body = lines.slice(split)
  const at = body[0]?.line ?? snippet.line
  const jsx = ['tsx', 'jsx'].includes(extensionOf(snippet.lang))
  const open = jsx
    ? ['export function Snippet() {', '  return (', '    <>']
    : ['export async function snippet() {']
  const close = jsx ? ['    </>', '  )', '}'] : ['}']
  return [
    ...head,
    ...open.map((text) => ({ text, line: at })),
    ...body,
    ...close.map((text) => ({ text, line: body.at(-1)?.line ?? at })),
  ]
}

/** `packages/react/README.md` line 42 → `packages_react_README-L42`. */
export const snippetName = (snippet: Snippet) =>
  `${snippet.file.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '_')}-L${snippet.line}`

/** The packages a snippet imports, re-exports from or augments (`declare module`), subpaths cut off. */
export function importedPackages(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/(?:^|\s)import\s*\(?\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/declare\s+module\s+['"]([^'"]+)['"]/g),
  ].map((match) => match[1] ?? '')
  const names = specifiers
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    )
  return [...new Set(names)].sort()
}

/** What an app of this kind brings besides the install command (the framework the user already has). */
export const FRAMEWORK: Record<AppKind, string[]> = { react: ['react', 'react-dom'], vue: ['vue'], node: [] }
