import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { artifacts, storybookStatic } from './support/paths'
import { diffPng } from './support/pixels'
import { type ResetName, resetStylesheets } from './support/resets'
import { type StaticServer, serveStatic } from './support/serveStatic'
import { indexOf, kitBox, openPreview, settled, showStory, watchStoryRender } from './support/storybook'

// The theme survives the CSS apps already have: each component story of the React Storybook (the Vue one
// renders pixel-identical, see storybook.test.ts) is screenshot without a reset, then under each reset loaded
// AFTER the kit's stylesheet (the order where a reset of equal specificity would win), and compared.
//
// Tolerance: pixelmatch's per-pixel threshold 0.1 (its default: anti-aliasing-level colour noise) and at most
// 0.1% of the pixels of the clip. A reset that wins anywhere changes whole parts (a transparent button, a lost
// radius, a margin that moves a line): hundreds of pixels at least, far above it. The worst diff seen is logged.

const THRESHOLD = 0.1
const MAX_SHARE = 0.001

// Custom-content stories render the app's own elements (a <p>, a <b>), which resets restyle as they should.
const ownContent = (name: string) => name.startsWith('Custom')

describe('the theme under common CSS resets (React Storybook, Chromium)', async () => {
  const stories = (await indexOf(storybookStatic('react'))).stories.filter(
    (s) => s.title.startsWith('Components/') && !ownContent(s.name),
  )
  let resets: Record<ResetName, string>
  let site: StaticServer
  let browser: TestBrowser
  let page: Page
  let errors: string[]
  const worst: Record<string, { story: string; share: number }> = {}

  const enable = (name: ResetName | null) =>
    page.evaluate((name) => {
      for (const style of document.querySelectorAll<HTMLStyleElement>('style[data-reset]')) {
        style.disabled = style.dataset.reset !== name
      }
    }, name)

  beforeAll(async () => {
    mkdirSync(join(artifacts, 'resets'), { recursive: true })
    ;[resets, site, browser] = await Promise.all([
      resetStylesheets(),
      serveStatic(storybookStatic('react')),
      launchBrowser(),
    ])
    page = await browser.context.newPage()
    errors = collectErrors(page)
    await watchStoryRender(page)
    await openPreview(page, site.url, stories[0]!.id)
    // Appended to <head>: after the kit's stylesheet. Each is switched on alone for its screenshots.
    for (const [name, css] of Object.entries(resets)) {
      await page.evaluate(
        ({ name, css }) => {
          const style = document.createElement('style')
          style.dataset.reset = name
          style.textContent = css
          document.head.append(style)
        },
        { name, css },
      )
    }
    await enable(null)
  })

  afterAll(async () => {
    const lines = Object.entries(worst).map(
      ([reset, { story, share }]) => `${reset}: ${(share * 100).toFixed(3)}% (${story})`,
    )
    console.log(`[e2e] resets, worst share of differing pixels per reset: ${lines.join('; ')}`)
    await browser?.close()
    await site?.close()
  })

  test('the resets are the real ones', () => {
    expect(resets.tailwind3).toContain("[type='button']")
    expect(resets.tailwind4).toContain('@layer base')
    expect(resets.bootstrap5).toContain('Bootstrap Reboot v5')
    expect(resets['modern-normalize']).toContain('modern-normalize v3')
  })

  test.each(stories.map((s) => s.id))('%s', async (id) => {
    if (id !== stories[0]!.id) await showStory(page, id)
    await settled(page)
    const box = await kitBox(page)
    const baseline = await page.screenshot({ clip: box, animations: 'disabled' })
    for (const name of Object.keys(resets) as ResetName[]) {
      await enable(name)
      await settled(page)
      // The box may move with the page's line height (the components are inline boxes), never change size.
      const under = await kitBox(page)
      expect([under.width, under.height], `${name}: the components changed size`).toEqual([
        box.width,
        box.height,
      ])
      const shot = await page.screenshot({ clip: under, animations: 'disabled' })
      const diff = diffPng(baseline, shot, THRESHOLD)
      const share = diff.differing / diff.total
      if (share > (worst[name]?.share ?? -1)) worst[name] = { story: id, share }
      if (diff.differing > 0) writeFileSync(join(artifacts, 'resets', `${id}--${name}.png`), diff.image)
      expect(share, `${name}: ${diff.differing} of ${diff.total} pixels differ`).toBeLessThanOrEqual(
        MAX_SHARE,
      )
    }
    await enable(null)
    expect(errors).toEqual([])
  })
})
