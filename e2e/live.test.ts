import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type LocalServer, startServer } from '@channelkit/server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { artifacts, storybookStatic } from './support/paths'
import { type StaticServer, serveStatic } from './support/serveStatic'
import { openPreview, watchStoryRender } from './support/storybook'

const LATENCY_EVENTS = 200
// The global `performance` on both sides (an imported one would be rewritten inside page functions too).
const now = () => performance.timeOrigin + performance.now()

/** A control request as the control panel sends it: JSON, with the server's per-run token. */
function controlRequest(server: LocalServer, path: string, body: unknown, method = 'POST') {
  return fetch(`${server.control?.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.control?.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

async function post(server: LocalServer, path: string, body: unknown, method = 'POST') {
  const response = await controlRequest(server, path, body, method)
  expect(response.status, await response.clone().text()).toBe(200)
  return response.json()
}

// The built Storybook against a running local server: what a designer does from the control panel
// (and what the official SDK does) shows up in the connected components.
describe.each(['react', 'vue'] as const)('live %s stories', (which) => {
  let site: StaticServer
  let browser: TestBrowser
  let server: LocalServer
  let page: Page
  let errors: string[]
  const devtools = () => page.getByRole('region', { name: 'ChannelKit devtools' })
  const devtoolsTab = (name: string) =>
    devtools()
      .getByRole('tab', { name: new RegExp(`^${name}`) })
      .click()
  const channelStatus = (channel: string) =>
    devtools().locator(`tr[data-ck-channel="${channel}"] [data-ck-part=status]`)

  beforeAll(async () => {
    mkdirSync(join(artifacts, 'live'), { recursive: true })
    ;[site, browser] = await Promise.all([serveStatic(storybookStatic(which)), launchBrowser()])
    // The static Storybook is served from a port of its own: the server allows that origin.
    server = await startServer({ port: 0, control: true, allowedOrigins: [site.url] })
    page = await browser.context.newPage()
    errors = collectErrors(page)
    await watchStoryRender(page)
    await openPreview(
      page,
      site.url,
      'live-room--playground',
      `&ckServer=127.0.0.1:${server.port}&ckControlToken=${encodeURIComponent(server.control?.token ?? '')}`,
    )
    // The debug view is the devtools panel (open in live stories): connection on its toggle, channels in a tab.
    await page.locator('[data-ck-part=toggle] [data-ck-state=connected]').waitFor()
    await devtoolsTab('Channels')
    await channelStatus('storybook').filter({ hasText: 'subscribed' }).waitFor()
    await devtoolsTab('Events')
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([site?.close(), server?.close()])
  })

  test('the debug view (devtools) shows members joining and leaving: the roster and the log', async () => {
    const roster = devtools().getByRole('list', { name: 'Members of presence-storybook' })
    await devtoolsTab('Presence')
    await roster.getByText('Dana Designer').waitFor()
    await post(server, '/members', { channel: 'presence-storybook', id: 'linus', name: 'Linus Torvalds' })
    await roster.getByText('Linus Torvalds').waitFor()
    await devtoolsTab('Events')
    const log = devtools().locator('[data-ck-part=log]')
    await log
      .locator('[data-ck-event="pusher_internal:member_added"]', { hasText: 'Linus Torvalds' })
      .waitFor()
    await post(server, '/members', { channel: 'presence-storybook', id: 'linus' }, 'DELETE')
    await log.locator('[data-ck-event="pusher_internal:member_removed"]', { hasText: 'linus' }).waitFor()
    await devtoolsTab('Presence')
    await roster.getByText('Linus Torvalds').waitFor({ state: 'detached' })
    await roster.getByText('Dana Designer').waitFor()
    await devtoolsTab('Events')
  })

  test('a simulated member joins, types and leaves', async () => {
    const online = page.getByRole('group', { name: /online/ })
    await devtoolsTab('Channels')
    await channelStatus('presence-storybook').filter({ hasText: 'subscribed' }).waitFor()
    await devtoolsTab('Events')
    await expect.poll(() => online.getAttribute('aria-label')).toBe('1 person online')

    await post(server, '/members', { channel: 'presence-storybook', id: 'ada', name: 'Ada Lovelace' })
    await online.getByText('Ada Lovelace').waitFor()
    expect(await online.getAttribute('aria-label')).toBe('2 people online')

    await post(server, '/typing', { channel: 'presence-storybook', id: 'ada' })
    await page.locator('[data-ck-scope=typing-indicator]', { hasText: 'Ada Lovelace is typing' }).waitFor()
    await page.screenshot({ path: join(artifacts, 'live', `${which}-member-typing.png`) })

    await post(server, '/members', { channel: 'presence-storybook', id: 'ada' }, 'DELETE')
    await online.getByText('Ada Lovelace').waitFor({ state: 'detached' })
    await expect.poll(() => online.getAttribute('aria-label')).toBe('1 person online')
    // A member who leaves stops typing.
    expect(await page.locator('[data-ck-scope=typing-indicator]').textContent()).toBe('')
  })

  test('a notification triggered with the official SDK shows as a toast', async () => {
    await server
      .pusher()
      .trigger('storybook', 'notification', { title: 'Build green', message: 'from the SDK' })
    const toast = page.locator('[data-ck-part=toast]', { hasText: 'Build green' })
    await toast.waitFor()
    expect(await toast.textContent()).toContain('from the SDK')
    await toast.getByRole('button', { name: 'Dismiss' }).click()
    await toast.waitFor({ state: 'detached' })
  })

  test("the control panel's forms add a member and trigger an event", async () => {
    const panel = page.getByRole('region', { name: 'Control panel' })
    await panel.getByLabel('Name').fill('Grace Hopper')
    await panel.getByRole('button', { name: 'Add member' }).click()
    await page
      .getByRole('group', { name: /online/ })
      .getByText('Grace Hopper')
      .waitFor()

    await panel.getByLabel('Event', { exact: true }).fill('order-shipped')
    await panel.getByLabel('Data (JSON)').fill('{"order":42}')
    await panel.getByRole('button', { name: 'Trigger event' }).click()
    await devtools()
      .locator('[data-ck-part=log] [data-ck-event="order-shipped"]', { hasText: '{"order":42}' })
      .waitFor()

    await panel.getByLabel('Data (JSON)').fill('{not json')
    await panel.getByRole('button', { name: 'Trigger event' }).click()
    await panel.getByRole('status').filter({ hasText: 'Data is not valid JSON' }).waitFor()
    await page.screenshot({ path: join(artifacts, 'live', `${which}-control-panel.png`) })
    expect(errors).toEqual([])
  })

  test("the event creator shows the control endpoint's 400 for a bad channel name", async () => {
    const panel = page.getByRole('region', { name: 'Control panel' })
    await panel.getByLabel('Channel', { exact: true }).fill('bad name')
    await panel.getByLabel('Data (JSON)').fill('{}')
    await panel.getByRole('button', { name: 'Trigger event' }).click()
    await panel
      .getByRole('status')
      .filter({ hasText: 'Invalid channel name "bad name": use only a-z A-Z 0-9 and - _ = @ , . ;' })
      .waitFor()
    await panel.getByLabel('Channel', { exact: true }).fill('storybook')
    // The 400 (and Chromium's console line about it) is all that went wrong.
    expect(errors.filter((e) => !e.includes('/control/trigger') && !e.includes('status of 400'))).toEqual([])
    errors.length = 0
  })

  test("the live room fits a 375 px phone, and toasts never cover the event creators (the room's and the devtools')", async () => {
    const creator = page.locator('[data-part=event-creator]')
    const parts = {
      'the control panel': page.getByRole('region', { name: 'Control panel' }),
      'the event creator': creator,
      'the room': page.locator('.ck-live-stage'),
      'the toasts area': page.getByRole('region', { name: 'Toasts area' }),
    }
    for (const width of [1024, 375]) {
      await page.setViewportSize({ width, height: 740 })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
      expect(overflow, `${width}px: the page scrolls sideways`).toBeLessThanOrEqual(0)
      for (const [name, part] of Object.entries(parts)) {
        const box = (await part.boundingBox())!
        expect(box.x >= 0 && box.x + box.width <= width, `${width}px: ${name} is cut`).toBe(true)
      }
    }
    const sdk = server.pusher()
    for (const title of ['One', 'Two', 'Three']) {
      await sdk.trigger('storybook', 'notification', { title, message: 'x'.repeat(120) })
    }
    await page.locator('[data-ck-part=toast]').nth(2).waitFor()
    for (const width of [1024, 375]) {
      await page.setViewportSize({ width, height: 740 })
      // Wherever the creator is scrolled to, no toast is drawn over it.
      await creator.scrollIntoViewIfNeeded()
      const area = (await creator.boundingBox())!
      for (const toast of await page.locator('[data-ck-part=toast]').all()) {
        const box = (await toast.boundingBox())!
        const overlaps =
          box.x < area.x + area.width &&
          area.x < box.x + box.width &&
          box.y < area.y + area.height &&
          area.y < box.y + box.height
        expect(overlaps, `${width}px: a toast covers the event creator`).toBe(false)
      }
      await page.screenshot({ path: join(artifacts, 'live', `${which}-toasts-${width}.png`) })
    }
    // The devtools' own event creator (its Trigger tab): at the corners and the centre of what the panel
    // shows of it, what is drawn is the panel itself, never a toast.
    await devtoolsTab('Trigger')
    const devtoolsCreator = devtools().getByRole('form', { name: 'Event creator' })
    for (const width of [1024, 375]) {
      await page.setViewportSize({ width, height: 740 })
      await devtoolsCreator.scrollIntoViewIfNeeded()
      const form = (await devtoolsCreator.boundingBox())!
      const panel = (await devtools().boundingBox())!
      const left = Math.max(form.x, panel.x, 0) + 2
      const right = Math.min(form.x + form.width, panel.x + panel.width, width) - 2
      const top = Math.max(form.y, panel.y, 0) + 2
      const bottom = Math.min(form.y + form.height, panel.y + panel.height, 740) - 2
      expect(right > left && bottom > top, `${width}px: the devtools show their event creator`).toBe(true)
      const points = [
        [left, top],
        [right, top],
        [(left + right) / 2, (top + bottom) / 2],
        [left, bottom],
        [right, bottom],
      ]
      const covered = await devtools().evaluate(
        (region, at) =>
          at.filter(([x, y]) => {
            const drawn = document.elementFromPoint(x!, y!)
            return !drawn || !region.contains(drawn)
          }),
        points,
      )
      expect(covered, `${width}px: something covers the devtools' event creator`).toEqual([])
    }
    await devtoolsTab('Events')
    await page.setViewportSize({ width: 1024, height: 640 })
  })

  test('the control endpoint answers bad input with a clear error', async () => {
    const answer = async (path: string, body: unknown) => {
      const response = await controlRequest(server, path, body)
      return [response.status, ((await response.json()) as { error: string }).error] as const
    }
    expect(await answer('/members', { channel: 'storybook' })).toEqual([
      400,
      'Simulated members join presence channels: "storybook" must start with "presence-".',
    ])
    expect(await answer('/trigger', { channel: 'storybook' })).toEqual([
      400,
      '"event" must be a non-empty string, got nothing.',
    ])
    expect(await answer('/trigger', { channel: 'bad name', event: 'e' })).toEqual([
      400,
      'Invalid channel name "bad name": use only a-z A-Z 0-9 and - _ = @ , . ;',
    ])
    expect((await answer('/nope', {}))[0]).toBe(404)
  })

  test(`REST trigger → DOM update latency (p50 over ${LATENCY_EVENTS} events)`, async () => {
    // The page stamps the moment each event's row appears in the devtools' log (newest first).
    await page.evaluate(() => {
      const seen: Record<number, number> = {}
      ;(window as unknown as { __seen: typeof seen }).__seen = seen
      const log = document.querySelector('[data-ck-devtools] [data-ck-part=log]')!
      new MutationObserver(() => {
        const match = /"seq":(\d+)/.exec(log.firstElementChild?.textContent ?? '')
        if (match) seen[Number(match[1])] ??= performance.timeOrigin + performance.now()
      }).observe(log, { childList: true, subtree: true, characterData: true })
    })
    const sdk = server.pusher()
    const latencies: number[] = []
    for (let seq = 0; seq < LATENCY_EVENTS; seq++) {
      const sent = now()
      await sdk.trigger('storybook', 'latency', { seq })
      const handle = await page.waitForFunction(
        (seq) => (window as unknown as { __seen: Record<number, number | undefined> }).__seen[seq] ?? 0,
        seq,
        { polling: 'raf' },
      )
      latencies.push((await handle.jsonValue()) - sent)
    }
    latencies.sort((a, b) => a - b)
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!
    console.log(
      `[e2e] ${which}: REST trigger → DOM over ${LATENCY_EVENTS} events: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`,
    )
    expect(latencies.every((ms) => ms > 0)).toBe(true)
    expect(at(0.5)).toBeLessThan(250)
    expect(errors).toEqual([])
  })
})
