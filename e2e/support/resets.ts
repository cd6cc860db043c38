import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { fromStories } from './paths'

/** The CSS resets apps ship, built the way each is used (versions pinned in stories/package.json). */
export type ResetName = 'tailwind3' | 'tailwind4' | 'bootstrap5' | 'modern-normalize'

const tailwind4Dir = dirname(fromStories.resolve('tailwindcss/package.json'))

/** Tailwind v3: `@tailwind base` (its preflight and the base variables) through its PostCSS plugin. */
async function tailwind3(): Promise<string> {
  const postcss = fromStories('postcss') as typeof import('postcss')
  const tailwind = fromStories('tailwindcss3') as (config: object) => import('postcss').AcceptedPlugin
  const result = await postcss([tailwind({ content: [{ raw: '<div></div>' }] })]).process('@tailwind base;', {
    from: undefined,
  })
  return result.css
}

/** Tailwind v4: `@import "tailwindcss"` (theme and preflight, in their layers) through its compiler. */
async function tailwind4(): Promise<string> {
  const { compile } = (await import(
    pathToFileURL(fromStories.resolve('tailwindcss')).href
  )) as typeof import('tailwindcss')
  const compiler = await compile('@import "tailwindcss";', {
    base: tailwind4Dir,
    async loadStylesheet(id: string, base: string) {
      const path = id === 'tailwindcss' ? join(tailwind4Dir, 'index.css') : resolve(base, id)
      return { path, base: dirname(path), content: await readFile(path, 'utf8') }
    },
  })
  return compiler.build([])
}

export async function resetStylesheets(): Promise<Record<ResetName, string>> {
  return {
    tailwind3: await tailwind3(),
    tailwind4: await tailwind4(),
    bootstrap5: await readFile(fromStories.resolve('bootstrap/dist/css/bootstrap-reboot.css'), 'utf8'),
    'modern-normalize': await readFile(fromStories.resolve('modern-normalize/modern-normalize.css'), 'utf8'),
  }
}
