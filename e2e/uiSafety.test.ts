import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  hostileActionLabel,
  hostileConnectionLabels,
  hostileMembers,
  hostileNotifications,
  hostileTypists,
  PWNED,
} from '../stories/shared/hostile'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { artifacts, storybookStatic } from './support/paths'
import { type StaticServer, serveStatic } from './support/serveStatic'
import { indexOf, openPreview, setTheme, showStory, watchStoryRender } from './support/storybook'

// The "Hostile content" stories of both Storybooks in Chromium, light and dark, wide and phone-sized:
// markup and script in names and texts never run and never become elements, the text is the literal
// string, and nothing overflows its component or the page horizontally (nor above the page top).

const COMPONENTS = [
  'Tests/ConnectionStatus',
  'Tests/LiveNotifications',
  'Tests/OnlineUsers',
  'Tests/TypingIndicator',
]

/** The literal strings each component must show as text (typing: inside its one sentence). */
const expectedText: Record<string, { exact: string[]; within?: string[] }> = {
  'Tests/OnlineUsers': { exact: hostileMembers.map((m) => m.info?.name ?? m.id) },
  'Tests/TypingIndicator': { exact: [], within: hostileTypists.map((t) => t.name) },
  'Tests/LiveNotifications': {
    exact: [
      ...hostileNotifications.flatMap((n) => (typeof n === 'string' ? [n] : [n.title, n.message])),
      hostileActionLabel,
    ],
  },
  'Tests/ConnectionStatus': { exact: [hostileConnectionLabels.failed, hostileConnectionLabels.retry] },
}

interface Inspection {
  theme: string | undefined
  pwned: unknown
  components: number
  /** Elements or inline handlers no component renders: what an injection would add. */
  foreign: string[]
  texts: string[]
  /** Boxes wider than their container, the viewport or the page, and text spilling out unclipped. */
  overflowing: string[]
}

/** Looks at every ChannelKit component in the story (runs in the page: self-contained). */
function inspect(flag: string): Inspection {
  const RENDERED_TAGS = new Set(['DIV', 'SECTION', 'SPAN', 'UL', 'OL', 'LI', 'P', 'BUTTON'])
  const name = (el: Element) => `${el.tagName.toLowerCase()}[${el.getAttribute('data-ck-part') ?? ''}]`
  const foreign: string[] = []
  const texts: string[] = []
  const overflowing: string[] = []
  const page = document.documentElement
  if (page.scrollWidth > page.clientWidth) overflowing.push(`page ${page.scrollWidth} > ${page.clientWidth}`)
  const roots = [...document.querySelectorAll<HTMLElement>('#storybook-root [data-ck-scope]')]
  for (const root of roots) {
    if (root.scrollWidth > root.clientWidth) {
      overflowing.push(`${name(root)} ${root.scrollWidth} > ${root.clientWidth}`)
    }
    // What grows above the top of the page (a tall toast stack) can never be scrolled to.
    if (root.getBoundingClientRect().top < -0.5) overflowing.push(`${name(root)} above the page`)
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (!RENDERED_TAGS.has(el.tagName)) foreign.push(name(el))
      for (const attribute of el.getAttributeNames()) {
        if (attribute.startsWith('on')) foreign.push(`${name(el)} ${attribute}`)
      }
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      // Inline boxes are measured by their block; hidden ones and 1 px screen-reader text take no room.
      if (style.display === 'inline' || box.width <= 1) continue
      if (box.left < -0.5 || box.right > innerWidth + 0.5)
        overflowing.push(`${name(el)} outside the viewport`)
      const ellipsized = style.overflowX === 'hidden' && style.textOverflow === 'ellipsis'
      if (el.scrollWidth > el.clientWidth && !ellipsized) {
        overflowing.push(`${name(el)} ${el.scrollWidth} > ${el.clientWidth} (${style.overflowX})`)
      }
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '')
  }
  return {
    theme: document.documentElement.dataset.theme,
    pwned: (window as unknown as Record<string, unknown>)[flag],
    components: roots.length,
    foreign,
    texts,
    overflowing,
  }
}

/** Whether `first` is drawn left of `second` in the text node holding both (visual order, runs in the page). */
function drawnInOrder([first, second]: [string, string]): boolean {
  const walker = document.createTreeWalker(document.getElementById('storybook-root')!, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode
    const text = node.nodeValue ?? ''
    if (!text.includes(first) || !text.includes(second)) continue
    const left = (index: number) => {
      const range = document.createRange()
      range.setStart(node, index)
      range.setEnd(node, index + 1)
      return range.getBoundingClientRect().left
    }
    return left(text.indexOf(first)) < left(text.indexOf(second))
  }
  throw new Error(`no text holds ${first} and ${second}`)
}

describe.each(['react', 'vue'] as const)('%s: hostile content renders as inert text', async (which) => {
  const stories = (await indexOf(storybookStatic(which))).stories.filter((s) =>
    s.name.startsWith('Hostile content'),
  )
  let site: StaticServer
  let browser: TestBrowser
  let page: Page
  let errors: string[]
  const dialogs: string[] = []

  beforeAll(async () => {
    mkdirSync(join(artifacts, 'uiSafety', which), { recursive: true })
    ;[site, browser] = await Promise.all([serveStatic(storybookStatic(which)), launchBrowser()])
    page = await browser.context.newPage()
    errors = collectErrors(page)
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await watchStoryRender(page)
    await openPreview(page, site.url, stories[0]!.id)
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  test('every component has a "Hostile content" story', () => {
    expect([...new Set(stories.map((s) => s.title))].sort()).toEqual(COMPONENTS)
  })

  // Themes alternate (the story shows in the last one, then switches) so each story renders once per theme.
  let theme: 'light' | 'dark' = 'light'
  test.each(stories.map((s) => [s.id, s.title]))('%s', async (id, title) => {
    if (id !== stories[0]!.id) await showStory(page, id)
    const expected = expectedText[title]!
    for (const step of [0, 1]) {
      if (step === 1) {
        theme = theme === 'light' ? 'dark' : 'light'
        await setTheme(page, id, theme)
      }
      for (const width of [1024, 360]) {
        await page.setViewportSize({ width, height: 640 })
        const found = await page.evaluate(inspect, PWNED)
        const where = `${width}px ${theme}`
        expect(found.theme).toBe(theme)
        expect(found.components, where).toBeGreaterThan(0)
        expect(found.pwned, where).toBeUndefined()
        expect(found.foreign, where).toEqual([])
        for (const text of expected.exact) expect(found.texts, where).toContain(text)
        for (const text of expected.within ?? []) {
          expect(
            found.texts.some((t) => t.includes(text)),
            `${where}: ${text.slice(0, 30)}`,
          ).toBe(true)
        }
        expect(found.overflowing, where).toEqual([])
        if (title === 'Tests/TypingIndicator') {
          // The first name ends in a right-to-left override: the sentence after it still reads in order.
          const pair: [string, string] = [', ', hostileTypists[1]!.name]
          expect(await page.evaluate(drawnInOrder, pair), where).toBe(true)
        }
      }
      await page.screenshot({ path: join(artifacts, 'uiSafety', which, `${id}--360-${theme}.png`) })
    }
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
  })
})
