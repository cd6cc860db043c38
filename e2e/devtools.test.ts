import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { type LocalServer, startServer } from '@channelkit/server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, injectAxe } from './support/axe'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { artifacts, root } from './support/paths'
import { type StaticServer, serveStatic } from './support/serveStatic'

// The example apps render <ChannelKitDevtools />. Built for development, the panel is there: a developer opens
// it, watches a frame arrive, fires an event at the page and brings a failed channel back. Built for
// production, it is not there at all.
describe.each(['react-chat', 'vue-chat'] as const)('%s devtools', (app) => {
  const dir = join(root, 'examples', app)
  const out = mkdtempSync(join(tmpdir(), `ck-devtools-${app}-`))
  let development: StaticServer
  let production: StaticServer
  let browser: TestBrowser
  let server: LocalServer
  let page: Page
  let errors: string[]

  const build = (mode: 'development' | 'production') => {
    const vite = join(
      dirname(createRequire(join(dir, 'package.json')).resolve('vite/package.json')),
      'bin/vite.js',
    )
    const outDir = join(out, mode)
    execFileSync(
      process.execPath,
      [vite, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
      {
        cwd: dir,
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: mode },
      },
    )
    return outDir
  }

  /** The app as Alice, with the control endpoint handed to the page as @channelkit/server/vite does. */
  const open = async (site: StaticServer) => {
    const opened = await browser.context.newPage()
    await opened.addInitScript((control) => {
      ;(globalThis as { __CHANNELKIT_CONTROL__?: unknown }).__CHANNELKIT_CONTROL__ = control
    }, server.control)
    const seen = collectErrors(opened)
    await opened.goto(`${site.url}/?name=Alice&server=127.0.0.1:${server.port}`)
    await opened.getByRole('status').filter({ hasText: 'Connected' }).waitFor()
    return { opened, seen }
  }
  const panel = (on: Page) => on.getByRole('region', { name: 'ChannelKit devtools' })
  const openPanel = async (on: Page) => {
    const toggle = on.getByRole('button', { name: 'ChannelKit devtools' })
    await toggle.click()
    await panel(on).waitFor()
    return toggle
  }
  const channelStatus = (on: Page, channel: string) =>
    panel(on).locator(`tr[data-ck-channel="${channel}"] [data-ck-part=status]`)

  beforeAll(async () => {
    mkdirSync(join(artifacts, 'devtools'), { recursive: true })
    const [devDir, prodDir] = [build('development'), build('production')]
    ;[development, production, browser] = await Promise.all([
      serveStatic(devDir),
      serveStatic(prodDir),
      launchBrowser(),
    ])
    server = await startServer({ port: 0, control: true, allowedOrigins: [development.url, production.url] })
    ;({ opened: page, seen: errors } = await open(development))
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([development?.close(), production?.close(), server?.close()])
    rmSync(out, { recursive: true, force: true })
  })

  test('closed by default; a frame the server sends arrives in the log, with its payload', async () => {
    const toggle = page.getByRole('button', { name: 'ChannelKit devtools' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await openPanel(page)
    await panel(page)
      .getByRole('tab', { name: /^Channels/ })
      .click()
    await channelStatus(page, 'presence-chat').filter({ hasText: 'subscribed' }).waitFor()
    await panel(page)
      .getByRole('tab', { name: /^Events/ })
      .click()
    await server.pusher().trigger('presence-chat', 'release-notes', { version: '1.2.3' })
    const row = panel(page).getByRole('option', { name: /release-notes/ })
    await row.waitFor()
    expect(await row.textContent()).toContain('presence-chat')
    await row.click()
    expect(await panel(page).getByLabel('Payload JSON').textContent()).toBe('{\n  "version": "1.2.3"\n}')
    await page.screenshot({ path: join(artifacts, 'devtools', `${app}-log.png`) })
  })

  test('the event creator fires an event that the page shows', async () => {
    await panel(page).getByRole('tab', { name: 'Trigger' }).click()
    const form = panel(page).getByRole('form', { name: 'Event creator' })
    await form.getByLabel('Channel').fill('presence-chat')
    await form.getByLabel('Event', { exact: true }).fill('client-wave')
    await form.getByLabel('Data (JSON)').fill('{"name":"Devtools"}')
    await form.getByRole('button', { name: 'Trigger event' }).click()
    await form.getByRole('status').filter({ hasText: 'Sent client-wave to presence-chat.' }).waitFor()
    const toast = page.locator('[data-ck-part=toast]', { hasText: 'Devtools waves at you' })
    await toast.waitFor()
    // With the page's toasts up, the panel (docked at the bottom, as the toasts are) stays on top: the
    // creator's button is still what a click on it hits, and it sends again.
    const button = form.getByRole('button', { name: 'Trigger event' })
    const box = (await button.boundingBox())!
    const hit = await button.evaluate(
      (element, [x, y]) => element.contains(document.elementFromPoint(x!, y!)),
      [box.x + box.width / 2, box.y + box.height / 2],
    )
    expect(hit).toBe(true)
    await button.click()
    await expect.poll(() => toast.count()).toBe(2)
  })

  test('keyboard: tabs with the arrow keys, Escape closes and gives focus back to the toggle', async () => {
    await panel(page).getByRole('tab', { name: 'Trigger' }).focus()
    await page.keyboard.press('Home')
    expect(await panel(page).getByRole('tab', { name: 'Connection' }).getAttribute('aria-selected')).toBe(
      'true',
    )
    await page.keyboard.press('ArrowRight')
    expect(
      await panel(page)
        .getByRole('tab', { name: /^Channels/ })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true)
    await page.keyboard.press('Escape')
    await panel(page).waitFor({ state: 'detached' })
    const toggle = page.getByRole('button', { name: 'ChannelKit devtools' })
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await panel(page).waitFor()
  })

  test('the panel is accessible in every tab, light and dark; the page logged no error', async () => {
    await injectAxe(page)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const name of [/^Connection/, /^Channels/, /^Presence/, /^Events/, /^Trigger/]) {
        await panel(page).getByRole('tab', { name }).click()
        expect(await axeViolations(page, '[data-ck-devtools]'), `${scheme} ${name}`).toEqual([])
      }
      await page.screenshot({ path: join(artifacts, 'devtools', `${app}-${scheme}.png`) })
    }
    await page.emulateMedia({ colorScheme: 'light' })
    expect(errors).toEqual([])
  })

  test('Retry recovers a channel whose auth endpoint refused, then healed', async () => {
    const refused = await browser.context.newPage()
    let refusing = true
    await refused.route('**/pusher/auth', (route) =>
      refusing ? route.fulfill({ status: 403, body: 'Not now' }) : route.continue(),
    )
    await refused.addInitScript((control) => {
      ;(globalThis as { __CHANNELKIT_CONTROL__?: unknown }).__CHANNELKIT_CONTROL__ = control
    }, server.control)
    await refused.goto(`${development.url}/?name=Carol&server=127.0.0.1:${server.port}`)
    await openPanel(refused)
    await panel(refused)
      .getByRole('tab', { name: /^Channels/ })
      .click()
    await channelStatus(refused, 'presence-chat').filter({ hasText: 'error' }).waitFor()
    expect(await panel(refused).locator('tr[data-ck-channel="presence-chat"]').textContent()).toContain('403')
    refusing = false
    await panel(refused).getByRole('button', { name: 'Retry presence-chat' }).click()
    await channelStatus(refused, 'presence-chat').filter({ hasText: 'subscribed' }).waitFor()
    // The app sees it too: Carol is in the room with Alice.
    await refused
      .getByRole('group', { name: /online/ })
      .getByText('Alice')
      .waitFor()
    await refused.close()
  })

  test('a production build renders no devtools and ships none of their code', async () => {
    const { opened, seen } = await open(production)
    expect(await opened.getByRole('button', { name: 'ChannelKit devtools' }).count()).toBe(0)
    expect(await opened.locator('[data-ck-devtools]').count()).toBe(0)
    const assets = join(out, 'production', 'assets')
    for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(join(assets, file), 'utf8'), file).not.toContain('ck-devtools')
    }
    await opened.close()
    expect(seen).toEqual([])
  })
})
