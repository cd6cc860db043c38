import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { storybookStatic } from './support/paths'
import { type StaticServer, serveStatic } from './support/serveStatic'
import {
  openPreview,
  resetArgs,
  setTheme,
  settled,
  showStory,
  updateArgs,
  watchStoryRender,
} from './support/storybook'

// The theme's promises, measured in Chromium on the React Storybook (Vue renders pixel-identical): contrast
// ratios computed from the colours the browser paints, app overrides that win, app content the kit leaves
// alone, initials the next avatar never covers, and a toast exit that honours reduced motion.

type Theme = 'light' | 'dark'

/** WCAG 2 contrast of two computed `rgb()` colours (runs in Node). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number]
    const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
  }
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (high + 0.05) / (low + 0.05)
}

const round = (n: number) => Math.round(n * 100) / 100

describe('theme (React Storybook, Chromium)', () => {
  let site: StaticServer
  let browser: TestBrowser
  let page: Page
  let errors: string[]
  const figures: string[] = []

  // What the preview shows: Storybook renders nothing new when asked for the same story or theme again.
  let current = { id: 'components-connectionstatus--connected', theme: 'light' as Theme, args: false }
  /** Shows `id` (with its own args) in `theme`; the page's background is the theme scope's. */
  const show = async (id: string, theme: Theme) => {
    if (id !== current.id) await showStory(page, id)
    else if (current.args) await resetArgs(page, id)
    if (theme !== current.theme) await setTheme(page, id, theme)
    current = { id, theme, args: false }
    await settled(page)
  }
  const changeArgs = async (id: string, args: Record<string, unknown>) => {
    await updateArgs(page, id, args)
    current.args = true
  }
  const pageBackground = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

  beforeAll(async () => {
    ;[site, browser] = await Promise.all([serveStatic(storybookStatic('react')), launchBrowser()])
    page = await browser.context.newPage()
    errors = collectErrors(page)
    await watchStoryRender(page)
    await openPreview(page, site.url, current.id)
  })

  afterAll(async () => {
    console.log(`[e2e] contrast: ${figures.join('; ')}`)
    await browser?.close()
    await site?.close()
  })

  test.each(['light', 'dark'] as const)(
    'every avatar colour meets WCAG AA against its initials (%s)',
    async (theme) => {
      await show('components-onlineusers--palette', theme)
      const avatars = await page.$$eval('[data-ck-part="avatar"]', (elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element)
          return {
            color: (element as HTMLElement).dataset.ckColor,
            bg: style.backgroundColor,
            fg: style.color,
          }
        }),
      )
      expect(avatars.map((a) => a.color)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
      expect(new Set(avatars.map((a) => a.bg)).size).toBe(8)
      const ratios = avatars.map((a) => contrast(a.bg, a.fg))
      figures.push(`avatars ${theme} ${round(Math.min(...ratios))}–${round(Math.max(...ratios))}:1`)
      for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5)
    },
  )

  test.each(['light', 'dark'] as const)(
    'the "+N" chip stands out 3:1 from the page, its text 4.5:1 (%s)',
    async (theme) => {
      await show('components-onlineusers--overflow', theme)
      const chip = await page.$eval('[data-ck-part="more-button"]', (element) => {
        const style = getComputedStyle(element)
        return { bg: style.backgroundColor, fg: style.color }
      })
      const page3 = contrast(chip.bg, await pageBackground())
      const text = contrast(chip.bg, chip.fg)
      figures.push(`+N chip ${theme} ${round(page3)}:1 against the page, text ${round(text)}:1`)
      expect(page3).toBeGreaterThanOrEqual(3)
      expect(text).toBeGreaterThanOrEqual(4.5)
    },
  )

  test.each(['light', 'dark'] as const)(
    'severities stand out 3:1 from their toast; dark toasts are raised (%s)',
    async (theme) => {
      await show('components-livenotifications--severities', theme)
      const toasts = await page.$$eval('[data-ck-part="toast"]', (elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element)
          return {
            severity: (element as HTMLElement).dataset.ckSeverity,
            accent: style.borderInlineStartColor,
            bg: style.backgroundColor,
            shadow: style.boxShadow,
          }
        }),
      )
      expect(toasts.map((t) => t.severity)).toEqual(['info', 'success', 'warning', 'error'])
      const ratios = toasts.map((t) => contrast(t.accent, t.bg))
      figures.push(`severity ${theme} ${round(Math.min(...ratios))}:1 or more against the toast`)
      for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(3)
      // Raised: a surface of its own, not the page's colour, with a shadow.
      expect(toasts[0]!.bg).not.toBe(theme === 'dark' ? await pageBackground() : 'transparent')
      expect(toasts[0]!.shadow).not.toBe('none')
    },
  )

  test.each(['light', 'dark'] as const)(
    'an app that sets --ck-* variables wins, wherever its CSS loads (%s)',
    async (theme) => {
      await show('components-livenotifications--with-action', theme)
      // Loaded BEFORE the kit's stylesheet: the theme's own variables sit at specificity 0.
      await page.evaluate(() => {
        const style = document.createElement('style')
        style.id = 'app-theme'
        style.textContent =
          ':root { --ck-accent: rgb(15, 118, 110); --ck-accent-fg: rgb(255, 255, 255); --ck-radius: 3px; }'
        document.head.prepend(style)
      })
      const painted = await page.$eval('[data-ck-part="action"]', (button) => {
        const toast = button.closest('[data-ck-part="toast"]')!
        return {
          action: getComputedStyle(button).backgroundColor,
          radius: getComputedStyle(toast).borderTopLeftRadius,
        }
      })
      await page.evaluate(() => document.getElementById('app-theme')?.remove())
      expect(painted).toEqual({ action: 'rgb(15, 118, 110)', radius: '3px' })
    },
  )

  test.each(['light', 'dark'] as const)(
    'a button of the app inside a toast is styled like the same button outside (%s)',
    async (theme) => {
      await show('tests-scopes--user-content', theme)
      const styles = await page.evaluate(() => {
        const properties = [
          'color',
          'background-color',
          'font-family',
          'font-size',
          'font-weight',
          'line-height',
          'padding',
          'border',
          'border-radius',
          'box-sizing',
          'cursor',
          'outline',
        ]
        const read = (selector: string) => {
          const style = getComputedStyle(document.querySelector(selector)!)
          return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))
        }
        return { inside: read('.ck-test-inside button'), outside: read('.ck-test-outside button') }
      })
      expect(styles.inside).toEqual(styles.outside)
      // …and readable on its toast: the case where an inherited colour used to fail in dark mode.
      expect(contrast(styles.inside.color!, styles.inside['background-color']!)).toBeGreaterThanOrEqual(4.5)
    },
  )

  test.each([
    ['sm', 'ltr'],
    ['md', 'ltr'],
    ['lg', 'ltr'],
    ['md', 'rtl'],
  ])('wide initials are never covered by the next avatar of a stack (%s, %s)', async (size, dir) => {
    await show('components-onlineusers--wide-initials', 'light')
    await changeArgs('components-onlineusers--wide-initials', { size })
    await page.evaluate((dir) => {
      document.documentElement.dir = dir
    }, dir)
    const problems = await page.evaluate(() => {
      const found: string[] = []
      const items = [
        ...document.querySelectorAll('[data-ck-scope="online-users"] [data-ck-part="list"] > li'),
      ]
      items.forEach((li, i) => {
        const initials = li.querySelector(
          ':scope > [data-ck-part="avatar"] > [data-ck-part="avatar-initials"]',
        )
        if (!initials) return
        const circle = initials.parentElement!.getBoundingClientRect()
        const range = document.createRange()
        range.selectNodeContents(initials)
        const text = range.getBoundingClientRect()
        // The next item's avatar (or "+N") and its 2px ring cover part of this one.
        const next = items[i + 1]?.firstElementChild?.getBoundingClientRect()
        const rtl = getComputedStyle(li).direction === 'rtl'
        if (next && (rtl ? text.left < next.right + 2 : text.right > next.left - 2)) {
          found.push(`${initials.textContent} is covered by the next avatar`)
        }
        // Capitals (0.72em high) inside the circle.
        const r = circle.width / 2
        const cap = (parseFloat(getComputedStyle(initials).fontSize) * 0.72) / 2
        const cy = circle.top + r
        for (const x of [text.left, text.right]) {
          if (Math.hypot(x - (circle.left + r), cap) > r)
            found.push(`${initials.textContent} leaves the circle`)
        }
        if (Math.abs(text.top + text.height / 2 - cy) > 2) found.push(`${initials.textContent} is off centre`)
      })
      return { found, count: items.length }
    })
    await page.evaluate(() => {
      document.documentElement.dir = 'ltr'
    })
    expect(problems.count).toBe(5)
    expect(problems.found).toEqual([])
  })

  test('a dismissed toast fades out, and goes at once under prefers-reduced-motion', async () => {
    const id = 'components-livenotifications--queue'
    const leaving = async () => {
      await show(id, 'light')
      await page.evaluate(() => {
        const w = window as unknown as { __closed: number }
        w.__closed = 0
        new MutationObserver(() => {
          if (document.querySelector('[data-ck-part="toast"][data-ck-state="closed"]')) w.__closed++
        }).observe(document.body, { subtree: true, attributes: true, childList: true })
      })
      const count = () => page.locator('[data-ck-part="toast"]').count()
      expect(await count()).toBe(3)
      await changeArgs(id, { notifications: [] })
      await page.waitForFunction(() => document.querySelectorAll('[data-ck-part="toast"]').length === 0)
      return page.evaluate(() => (window as unknown as { __closed: number }).__closed)
    }
    expect(await leaving()).toBeGreaterThan(0)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(await leaving()).toBe(0)
    await page.emulateMedia({ reducedMotion: null })
    expect(errors).toEqual([])
  })
})
