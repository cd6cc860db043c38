import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { type LocalServer, startServer } from '@channelkit/server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, injectAxe } from './support/axe'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { artifacts, root } from './support/paths'
import { type StaticServer, serveStatic } from './support/serveStatic'

// Each example app, built, in two pages as two users against one local server: a presence join, a
// typing indicator, a message and a wave cross from one page to the other.
describe.each(['react-chat', 'vue-chat'] as const)('%s', (app) => {
  const dir = join(root, 'examples', app)
  let site: StaticServer
  let browser: TestBrowser
  let server: LocalServer
  let alice: Page
  let bob: Page
  const errors: string[][] = []

  const open = async (name: string) => {
    const page = await browser.context.newPage()
    errors.push(collectErrors(page))
    await page.goto(`${site.url}/?name=${name}&server=127.0.0.1:${server.port}`)
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor()
    return page
  }

  beforeAll(async () => {
    mkdirSync(join(artifacts, 'examples'), { recursive: true })
    const vite = join(
      dirname(createRequire(join(dir, 'package.json')).resolve('vite/package.json')),
      'bin/vite.js',
    )
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit' })
    ;[site, browser] = await Promise.all([serveStatic(join(dir, 'dist')), launchBrowser()])
    // The built app is served from a port of its own: the server allows that origin.
    server = await startServer({ port: 0, allowedOrigins: [site.url] })
    alice = await open('Alice')
    bob = await open('Bob')
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all([site?.close(), server?.close()])
  })

  test("Bob's join shows in Alice's presence list", async () => {
    const online = alice.getByRole('group', { name: /online/ })
    await expect.poll(() => online.getAttribute('aria-label')).toBe('2 people online')
    expect(await online.textContent()).toContain('Bob')
  })

  test("Bob's typing shows in Alice's page", async () => {
    await bob.getByRole('textbox', { name: 'Message' }).pressSequentially('hel')
    await alice.locator('[data-ck-scope=typing-indicator]', { hasText: 'Bob is typing' }).waitFor()
  })

  test("Bob's message shows in Alice's page, and the typing indicator clears", async () => {
    await bob.getByRole('textbox', { name: 'Message' }).pressSequentially('lo from Bob')
    await bob.getByRole('button', { name: 'Send' }).click()
    await alice.getByRole('list', { name: 'Messages' }).getByText('hello from Bob').waitFor()
    await expect.poll(() => alice.locator('[data-ck-scope=typing-indicator]').textContent()).toBe('')
    expect(await bob.getByRole('list', { name: 'Messages' }).textContent()).toContain('hello from Bob')
  })

  test("Alice's wave is a notification in Bob's page", async () => {
    await alice.getByRole('button', { name: 'Wave' }).click()
    await bob.locator('[data-ck-part=toast]', { hasText: 'Alice waves at you' }).waitFor()
    for (const [name, page] of [
      ['alice', alice],
      ['bob', bob],
    ] as const) {
      await page.bringToFront() // a background page paints (and screenshots) slowly
      await page.screenshot({ path: join(artifacts, 'examples', `${app}-${name}.png`) })
    }
  })

  test('both pages are accessible and error-free', async () => {
    for (const page of [alice, bob]) {
      await injectAxe(page)
      expect(await axeViolations(page)).toEqual([])
    }
    expect(errors.flat()).toEqual([])
  })
})
