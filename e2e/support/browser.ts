import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { findBrowser, missingBrowserMessage } from '../../scripts/browser.mjs'

/** The Chrome or Chromium `npm test` found (CHROMIUM_PATH, the usual install paths, PATH); undefined if none. */
const CHROMIUM = findBrowser()

/** Throws the one-line message of setup when there is no browser. */
export function requireBrowser(): string {
  if (!CHROMIUM) throw new Error(missingBrowserMessage())
  return CHROMIUM
}

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface TestBrowser {
  context: BrowserContext
  close(): Promise<void>
}

/** The machine's Chrome or Chromium through playwright-core (no downloaded browser), in a fresh profile. */
export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = requireBrowser()
  const profile = mkdtempSync(join(tmpdir(), 'ck-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1024, height: 640 },
    args,
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export interface TestBrowsers {
  /** A page in a context of its own: its own cookies and storage, as another person's browser. */
  newPage(): Promise<Page>
  close(): Promise<void>
}

/** One Chromium whose pages are separate people (one context each). */
export async function launchPeople(): Promise<TestBrowsers> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args })
  return {
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1024, height: 640 } })
      return context.newPage()
    },
    close: () => browser.close(),
  }
}

/** Every console error and uncaught exception of a page, to fail on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return errors
}

export type { Browser, Page }
