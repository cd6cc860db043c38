import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

export interface IndexEntry {
  id: string
  title: string
  name: string
  type: 'story' | 'docs'
  tags?: string[]
}

/** The stories of a built Storybook, from its index.json. */
export async function indexOf(dir: string): Promise<{ stories: IndexEntry[]; docs: IndexEntry[] }> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>
  }
  const entries = Object.values(index.entries)
  return {
    stories: entries.filter((e) => e.type === 'story'),
    docs: entries.filter((e) => e.type === 'docs'),
  }
}

const outcomes = [
  'storyRendered',
  'docsRendered',
  'storyErrored',
  'storyThrewException',
  'playFunctionThrewException',
  'storyMissing',
] as const

/**
 * Records the preview's render outcome in `window.__ckStory` by hooking the Storybook channel as the
 * preview creates it (storyRendered comes after the play function).
 */
export async function watchStoryRender(page: Page): Promise<void> {
  await page.addInitScript((events: readonly string[]) => {
    type Channel = { on(event: string, listener: (arg: unknown) => void): void }
    const w = window as unknown as { __ckStory?: { event: string; detail: string } }
    let channel: Channel | undefined
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value: Channel) {
        channel = value
        for (const event of events) {
          value.on(event, (arg) => {
            const detail = arg as { description?: string; message?: string } | string | undefined
            w.__ckStory ??= {
              event,
              detail: typeof detail === 'string' ? detail : (detail?.description ?? detail?.message ?? ''),
            }
          })
        }
      },
    })
  }, outcomes)
}

type StoryWindow = {
  __ckStory?: { event: string; detail: string }
  __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void }
}

async function rendered(page: Page, id: string): Promise<void> {
  const handle = await page.waitForFunction(() => (window as unknown as StoryWindow).__ckStory, null, {
    timeout: 15_000,
  })
  const outcome = (await handle.jsonValue()) as { event: string; detail: string }
  if (!outcome.event.endsWith('Rendered')) throw new Error(`${id}: ${outcome.event} ${outcome.detail}`)
}

// The a11y addon's own run is switched off (its `manual` global): the tests run axe-core themselves.
const globals = (theme: string) => ({ theme, a11y: { manual: true } })

/**
 * Loads the preview (iframe mode) on a first story; later stories and themes are switched in place
 * through the Storybook channel, as the manager does, which is 5× faster than reloading the page.
 */
export async function openPreview(page: Page, baseUrl: string, id: string, query = ''): Promise<void> {
  await page.goto(
    `${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:light;a11y.manual:!true${query}`,
  )
  await rendered(page, id)
}

async function emit(page: Page, id: string, event: string, payload: unknown): Promise<void> {
  await page.evaluate(
    ({ event, payload }) => {
      const w = window as unknown as StoryWindow
      w.__ckStory = undefined
      w.__STORYBOOK_ADDONS_CHANNEL__.emit(event, payload)
    },
    { event, payload },
  )
  await rendered(page, id)
}

/** Shows another story (and runs its play function) or docs page in the loaded preview. */
export const showStory = (page: Page, id: string, viewMode: 'story' | 'docs' = 'story') =>
  emit(page, id, 'setCurrentStory', { storyId: id, viewMode })

/** Switches the theme global (the toolbar's light/dark); the current story `id` renders again. */
export const setTheme = (page: Page, id: string, theme: 'light' | 'dark') =>
  emit(page, id, 'updateGlobals', { globals: globals(theme) })

/** Changes args of the current story `id` (as the Controls panel does); it renders again. */
export const updateArgs = (page: Page, id: string, updatedArgs: Record<string, unknown>) =>
  emit(page, id, 'updateStoryArgs', { storyId: id, updatedArgs })

/**
 * Waits until the story is still: every image decoded (or replaced by its fallback) and two frames painted,
 * so a screenshot does not catch a picture half-loaded.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.images].every((image) => image.complete && image.naturalWidth > 0) &&
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))),
    null,
    { timeout: 10_000 },
  )
}

/** The box around every ChannelKit part in the story (popovers and toasts included), for a screenshot clip. */
export async function kitBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(() => {
    const boxes = [
      ...document.querySelectorAll('#storybook-root [data-ck-scope], #storybook-root [data-ck-scope] *'),
    ]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 1 && box.height > 1)
    // 6 px around: the "you" ring and focus outlines are drawn outside the boxes.
    const x = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.left))) - 6)
    const y = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.top))) - 6)
    const right = Math.min(innerWidth, Math.ceil(Math.max(...boxes.map((b) => b.right))) + 6)
    const bottom = Math.min(innerHeight, Math.ceil(Math.max(...boxes.map((b) => b.bottom))) + 6)
    return { x, y, width: right - x, height: bottom - y }
  })
}

/** Puts the args of the current story `id` back to its own (after `updateArgs`); it renders again. */
export const resetArgs = (page: Page, id: string) => emit(page, id, 'resetStoryArgs', { storyId: id })
