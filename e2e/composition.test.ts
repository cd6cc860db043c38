import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { collectErrors, launchBrowser, type TestBrowser } from './support/browser'
import { artifacts, root, storybookStatic } from './support/paths'
import { type StaticServer, serveStatic } from './support/serveStatic'

// The Vue Storybook appears inside the React one: in the static build (copied to ./vue and composed there)
// and under `npm start` (stories/scripts/dev.mjs), where the React manager reads the Vue ref's index once, at
// start: dev.mjs starts Vue first and React only once Vue answers.

/** Opens a Vue story through the React manager and waits until the Vue preview shows the component. */
async function openVueStory(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/?path=/story/vue_components-onlineusers--many`)
  // The ref's section in the sidebar, with the Vue stories loaded from its index.
  await page
    .locator('#storybook-explorer-tree')
    .getByText('Vue', { exact: true })
    .waitFor({ timeout: 120_000 })
  const preview = page.frameLocator('iframe[src*="refId=vue"]')
  await preview.locator('[data-ck-scope="online-users"]').waitFor({ timeout: 120_000 })
  expect(await page.getByText('Loading of ref failed').count()).toBe(0)
}

// Storybook's manager also asks a ref for the legacy stories.json and for metadata.json; neither exists.
const expected404 = (error: string) => /HTTP 404: .*\/(stories|metadata)\.json/.test(error)

describe('the Vue Storybook composed in the React one', () => {
  let browser: TestBrowser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  describe('static build', () => {
    let site: StaticServer

    beforeAll(async () => {
      site = await serveStatic(storybookStatic('react'))
    })

    afterAll(async () => {
      await site?.close()
    })

    test('a Vue story opens inside the React manager', async () => {
      const page = await browser.context.newPage()
      const errors = collectErrors(page)
      await openVueStory(page, site.url)
      await page.screenshot({ path: join(artifacts, 'storybook', 'composed-static.png') })
      expect(errors.filter((e) => !e.startsWith('console.error') && !expected404(e))).toEqual([])
      await page.close()
    })
  })

  describe('npm start (stories/scripts/dev.mjs)', () => {
    let dev: ChildProcess
    let output = ''
    const ports: number[] = []

    const freePort = () =>
      new Promise<number>((resolve, reject) => {
        const probe = createServer()
        probe.once('error', reject)
        probe.listen(0, () => {
          const { port } = probe.address() as { port: number }
          probe.close(() => resolve(port))
        })
      })

    beforeAll(async () => {
      for (let i = 0; i < 3; i++) ports.push(await freePort())
      const [server, react, vue] = ports
      dev = spawn(process.execPath, [join(root, 'stories/scripts/dev.mjs')], {
        cwd: root,
        env: {
          ...process.env,
          CHANNELKIT_PORT: String(server),
          STORYBOOK_PORT: String(react),
          STORYBOOK_VUE_PORT: String(vue),
          STORYBOOK_DISABLE_TELEMETRY: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      const started = performance.now()
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString()
          if (output.includes('ChannelKit dev')) resolve()
        }
        dev.stdout?.on('data', onData)
        dev.stderr?.on('data', (chunk: Buffer) => {
          output += chunk.toString()
        })
        dev.once('exit', (code) =>
          reject(new Error(`dev.mjs exited (${code}) before both Storybooks were up:\n${output}`)),
        )
      })
      console.log(
        `[e2e] npm start path: both Storybooks up in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      )
    }, 300_000)

    afterAll(async () => {
      if (dev && dev.exitCode === null) {
        const exited = new Promise((resolve) => dev.once('exit', resolve))
        dev.kill('SIGTERM')
        await exited
      }
    })

    test('Vue started first; a Vue story opens inside the React manager', async () => {
      // React was started only after the Vue Storybook answered.
      expect(output.indexOf('waiting for the Vue Storybook')).toBeGreaterThanOrEqual(0)
      const page = await browser.context.newPage()
      await openVueStory(page, `http://localhost:${ports[1]}`)
      await page.screenshot({ path: join(artifacts, 'storybook', 'composed-dev.png') })
      await page.close()
    }, 240_000)
  })
})
