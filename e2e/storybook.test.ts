import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type LocalServer, startServer } from '@channelkit/server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, injectAxe } from './support/axe'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { artifacts, storybookStatic } from './support/paths'
import { diffPng } from './support/pixels'
import { type StaticServer, serveStatic } from './support/serveStatic'
import {
  type IndexEntry,
  indexOf,
  openPreview,
  setTheme,
  settled,
  showStory,
  watchStoryRender,
} from './support/storybook'

// Every story of both static Storybooks, in light and dark, through Debian's Chromium: it must render
// (play functions included) with no console error, no uncaught exception and no axe violation. Every story
// pair (same id in React and Vue) must then be pixel-identical, live ones aside (their rosters differ):
// pixelmatch with threshold 0.02, which absorbs the ±1/255 rasterizer noise seen on anti-aliased rounded
// corners of a long-lived page (the same story in fresh pages matches exactly) and nothing a style could cause.
const PARITY_THRESHOLD = 0.02
// Live and connected stories get a local server with its control endpoint; presentational ones need none.

type Framework = 'react' | 'vue'
/** Screenshots of each story by framework, `<id>--<theme>`: what the parity test compares. */
const shots: Record<Framework, Map<string, Buffer>> = { react: new Map(), vue: new Map() }
const comparable = (entry: IndexEntry) => !entry.tags?.includes('live')

const componentTitles = [
  'Components/ConnectionStatus',
  'Components/LiveNotifications',
  'Components/OnlineUsers',
  'Components/TypingIndicator',
]
const connectedTitles = componentTitles.map((title) => title.replace('Components/', 'Connected/'))

describe.each(['react', 'vue'] as const)('%s Storybook (static build)', async (which) => {
  const { stories, docs } = await indexOf(storybookStatic(which))
  let site: StaticServer
  let browser: TestBrowser
  let server: LocalServer
  let page: Page
  let errors: string[]
  let query: string

  beforeAll(async () => {
    mkdirSync(join(artifacts, 'storybook', which), { recursive: true })
    ;[site, browser] = await Promise.all([serveStatic(storybookStatic(which)), launchBrowser()])
    server = await startServer({ port: 0, control: true, allowedOrigins: [site.url] })
    query = `&ckServer=127.0.0.1:${server.port}&ckControlToken=${encodeURIComponent(server.control?.token ?? '')}`
    page = await browser.context.newPage()
    errors = collectErrors(page)
    await watchStoryRender(page)
    await openPreview(page, site.url, stories[0]!.id, query)
    await injectAxe(page)
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([site?.close(), server?.close()])
  })

  test('has a story for every component state, docs for the views and the connected components, and a Tests section', () => {
    const pages = which === 'react' ? ['Introduction', 'Theming', 'Tokens'] : []
    expect(docs.map((d) => d.title).sort()).toEqual([...componentTitles, ...connectedTitles, ...pages].sort())
    expect(stories.length).toBeGreaterThanOrEqual(55)
    expect([...new Set(stories.map((s) => s.title))].sort()).toEqual(
      [
        ...componentTitles,
        ...connectedTitles,
        'Live/Room',
        'Tests/ConnectionStatus',
        'Tests/LiveNotifications',
        'Tests/OnlineUsers',
        'Tests/Scopes',
        'Tests/TypingIndicator',
      ].sort(),
    )
    // The hostile-content stories live under Tests, out of the designers' way.
    const hostile = stories.filter((s) => s.name.startsWith('Hostile content'))
    expect(hostile.length).toBeGreaterThanOrEqual(4)
    expect(hostile.every((s) => s.title.startsWith('Tests/'))).toBe(true)
  })

  // Themes alternate (light→dark, then dark→light) so each story renders once per theme.
  let theme: 'light' | 'dark' = 'light'
  test.each(stories.map((s) => s.id))('%s', async (id) => {
    // The first story's errors include the preview's own load.
    if (id !== stories[0]!.id) {
      errors.length = 0
      await showStory(page, id)
    }
    for (const step of [0, 1]) {
      if (step === 1) {
        theme = theme === 'light' ? 'dark' : 'light'
        await setTheme(page, id, theme)
      }
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      await settled(page)
      expect(await axeViolations(page, '#storybook-root')).toEqual([])
      const shot = await page.screenshot({
        path: join(artifacts, 'storybook', which, `${id}--${theme}.png`),
        animations: 'disabled',
      })
      shots[which].set(`${id}--${theme}`, shot)
    }
    expect(errors).toEqual([])
  })

  // Autodocs and pages: each renders without errors, the docs pages open on their first (telling) story.
  test.each(docs.map((d) => d.id))('%s', async (id) => {
    errors.length = 0
    await showStory(page, id, 'docs')
    await page.screenshot({
      path: join(artifacts, 'storybook', which, `${id}.png`),
      fullPage: true,
      animations: 'disabled',
    })
    expect(errors).toEqual([])
  })
})

describe('React and Vue render every story pair pixel-identical', async () => {
  const [react, vue] = await Promise.all([indexOf(storybookStatic('react')), indexOf(storybookStatic('vue'))])
  const pairs = react.stories.filter(comparable).map((s) => s.id)

  test('the same stories exist in both', () => {
    expect(pairs.sort()).toEqual(
      vue.stories
        .filter(comparable)
        .map((s) => s.id)
        .sort(),
    )
    expect(pairs.length).toBeGreaterThanOrEqual(50)
  })

  test.each(pairs)('%s', (id) => {
    for (const theme of ['light', 'dark']) {
      const key = `${id}--${theme}`
      const [left, right] = [shots.react.get(key), shots.vue.get(key)]
      if (!left || !right) throw new Error(`${key}: no screenshot (did its story test fail?)`)
      if (left.equals(right)) continue
      const diff = diffPng(left, right, PARITY_THRESHOLD)
      if (diff.differing > 0) writeFileSync(join(artifacts, 'storybook', `parity-${key}.png`), diff.image)
      expect(diff.differing, `${key}: differing pixels (see e2e/artifacts/storybook/parity-${key}.png)`).toBe(
        0,
      )
    }
  })
})
