import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type LocalServer, startServer } from '@channelkit/server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, injectAxe } from './support/axe'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { artifacts, storybookStatic } from './support/paths'
import { type StaticServer, serveStatic } from './support/serveStatic'
import { indexOf, openPreview, setTheme, showStory, watchStoryRender } from './support/storybook'

// Every story of both static Storybooks, in light and dark, through Debian's Chromium: it must render
// (play functions included) with no console error, no uncaught exception and no axe violation.
// Live stories get a local server with its control endpoint; presentational ones need none.
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

  test('has a story for every component state and a docs page per component', () => {
    expect(docs.map((d) => d.title).sort()).toEqual([
      'Components/ConnectionStatus',
      'Components/LiveNotifications',
      'Components/OnlineUsers',
      'Components/TypingIndicator',
    ])
    expect(stories.length).toBeGreaterThanOrEqual(35)
    const titles = new Set(stories.map((s) => s.title))
    expect([...titles].sort()).toEqual([
      'Components/ConnectionStatus',
      'Components/LiveNotifications',
      'Components/OnlineUsers',
      'Components/TypingIndicator',
      'Live/Room',
    ])
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
      expect(await axeViolations(page, '#storybook-root')).toEqual([])
      await page.screenshot({ path: join(artifacts, 'storybook', which, `${id}--${theme}.png`) })
    }
    expect(errors).toEqual([])
  })

  // Autodocs: each component's page (description, args table, every story) renders without errors.
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
