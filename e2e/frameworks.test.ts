import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type LocalServer, startServer } from '@channelkit/server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildApp, frameworkApps, freePort, type RunningApp, startApp } from './support/apps'
import { axeViolations, injectAxe } from './support/axe'
import { collectErrors, launchPeople, type TestBrowsers } from './support/browser'
import { artifacts } from './support/paths'

// The Next.js and Nuxt examples, built for production (`next build`, `nuxi build`) and served by their own
// servers (`next start`, `.output/server/index.mjs`), driven by two people in Chromium against one local
// server: the route handler / server route authorizes presence and signs users in with the `pusher` SDK,
// messages and waves go through a server action / server route.
describe.each(['next-chat', 'nuxt-chat'] as const)('%s', (name) => {
  const app = frameworkApps[name]
  let server: LocalServer
  let site: RunningApp
  let people: TestBrowsers
  let alice: Page
  let bob: Page
  let serverRendered: string
  const errors: string[][] = []

  const open = async (who: string) => {
    const page = await people.newPage()
    errors.push(collectErrors(page))
    await page.goto(`${site.url}/?name=${who}`)
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor()
    return page
  }

  beforeAll(async () => {
    mkdirSync(join(artifacts, 'frameworks'), { recursive: true })
    const seconds = buildApp(app)
    if (seconds) console.log(`[e2e] ${name} built in ${seconds.toFixed(1)} s`)
    // The app's origin must be allowed before the local server starts: the app starts on a port picked
    // first, with the local server's port in its environment.
    const appPort = await freePort()
    server = await startServer({ port: 0, allowedOrigins: [`http://127.0.0.1:${appPort}`] })
    ;[site, people] = await Promise.all([startApp(app, server.port, appPort), launchPeople()])
    // Server rendering alone, before any browser: the page's HTML, and no socket on the local server.
    serverRendered = await (await fetch(`${site.url}/?name=Carol`)).text()
    expect(server.connectionCount()).toBe(0)
    alice = await open('Alice')
    bob = await open('Bob')
  })

  afterAll(async () => {
    await people?.close()
    await Promise.all([site?.close(), server?.close()])
  })

  test('the server renders the UI kit, and nobody connects from the server', async () => {
    expect(serverRendered).toContain('data-ck-scope="online-users"')
    expect(serverRendered).toContain('data-ck-scope="connection-status"')
    expect(serverRendered).toContain('Not connected yet')
    // Alice's and Bob's browsers; Carol's server render opened none (the count was 0 after it, above).
    await expect.poll(() => server.connectionCount()).toBe(2)
  })

  test('both see each other online (presence authorized by the app server)', async () => {
    for (const [page, other] of [
      [alice, 'Bob'],
      [bob, 'Alice'],
    ] as const) {
      const online = page.getByRole('group', { name: /online/ })
      await expect.poll(() => online.getAttribute('aria-label')).toBe('2 people online')
      expect(await online.textContent()).toContain(other)
    }
  })

  test('both are signed in through the user-authentication endpoint', async () => {
    await alice.getByText('Signed in as alice').waitFor()
    await bob.getByText('Signed in as bob').waitFor()
  })

  test("Bob's typing shows in Alice's page", async () => {
    await bob.getByRole('textbox', { name: 'Message' }).pressSequentially('hel')
    await alice.locator('[data-ck-scope=typing-indicator]', { hasText: 'Bob is typing' }).waitFor()
  })

  test("Bob's message reaches both pages through the app server, and the typing indicator clears", async () => {
    await bob.getByRole('textbox', { name: 'Message' }).pressSequentially('lo from Bob')
    await bob.getByRole('button', { name: 'Send' }).click()
    for (const page of [alice, bob]) {
      await page.getByRole('list', { name: 'Messages' }).getByText('hello from Bob').waitFor()
    }
    await expect.poll(() => alice.locator('[data-ck-scope=typing-indicator]').textContent()).toBe('')
  })

  test("Alice's wave is a notification in Bob's page", async () => {
    await alice.getByRole('button', { name: 'Wave' }).click()
    await bob.locator('[data-ck-part=toast]', { hasText: 'Alice waves at you' }).waitFor()
    for (const [who, page] of [
      ['alice', alice],
      ['bob', bob],
    ] as const) {
      await page.bringToFront()
      await page.screenshot({ path: join(artifacts, 'frameworks', `${name}-${who}.png`) })
    }
  })

  test('both pages hydrate without a mismatch, are accessible and error-free', async () => {
    for (const page of [alice, bob]) {
      await injectAxe(page)
      expect(await axeViolations(page)).toEqual([])
    }
    // A hydration mismatch is a console error in both frameworks' production builds.
    expect(errors.flat()).toEqual([])
  })
})
