import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { type LocalServer, startServer } from '@channelkit/server'
import { buildNuxt, loadNuxt } from '@nuxt/kit'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import channelkit from '../module'

const fixture = fileURLToPath(new URL('./fixture', import.meta.url))

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** Waits until the app's server answers (it takes a moment to start). */
async function untilAnswers(url: string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (
    !(await fetch(url).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 30 s`)
    await new Promise((resolve) => setTimeout(resolve, 100)) // polling a starting server
  }
}

// The fixture app built for production with the module (from source), run by Nitro's own server with its
// runtime config from NUXT_PUBLIC_CHANNELKIT_* variables, against a local server that records every frame.
describe('SSR', () => {
  let server: LocalServer
  let app: ChildProcess
  let url: string
  let browser: Browser
  const frames: unknown[] = []

  beforeAll(async () => {
    const started = performance.now()
    // A label from nuxt.config over the locale that the environment picks at run time (below).
    const config = {
      modules: [channelkit],
      channelkit: { key: 'channelkit-key', ui: { labels: { connection: { connected: 'En direct' } } } },
    }
    const nuxt = await loadNuxt({ cwd: fixture, overrides: config })
    await buildNuxt(nuxt)
    await nuxt.close()
    console.log(`[nuxt] fixture built in ${((performance.now() - started) / 1000).toFixed(1)} s`)

    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    server = await startServer({ port: 0, allowedOrigins: [url] })
    server.onFrame((frame) => frames.push(frame))
    app = spawn(process.execPath, [`${fixture}/.output/server/index.mjs`], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        NUXT_PUBLIC_CHANNELKIT_WS_HOST: '127.0.0.1',
        NUXT_PUBLIC_CHANNELKIT_WS_PORT: String(server.port),
        NUXT_PUBLIC_CHANNELKIT_FORCE_TLS: 'false',
        NUXT_PUBLIC_CHANNELKIT_ENABLED_TRANSPORTS: '["ws"]',
        NUXT_PUBLIC_CHANNELKIT_UI_LOCALE: 'fr',
        // The local server's development auth endpoint signs the presence channel for Ada.
        NUXT_PUBLIC_CHANNELKIT_CHANNEL_AUTHORIZATION_ENDPOINT: `${server.url}/pusher/auth`,
        NUXT_PUBLIC_CHANNELKIT_CHANNEL_AUTHORIZATION_PARAMS: JSON.stringify({
          user_id: 'ada',
          user_info: JSON.stringify({ name: 'Ada' }),
        }),
      },
      stdio: 'ignore',
    })
    await untilAnswers(url)
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    })
  })

  afterAll(async () => {
    await browser?.close()
    app?.kill()
    await server?.close()
  })

  test('the server renders initial snapshots through the auto-imports and components (in French), with no socket', async () => {
    const html = await (await fetch(url)).text()
    expect(html).toContain('<p data-testid="state">initialized</p>')
    expect(html).toContain('<p data-testid="count">0</p>')
    // <ConnectionStatus>, registered by the module, in the locale NUXT_PUBLIC_CHANNELKIT_UI_LOCALE picked
    expect(html).toContain('Pas encore connecté')
    expect(html).toContain('data-ck-scope="online-users"')
    // The runtime config the browser gets: environment variables applied, nested ones too.
    expect(html).toContain(`wsPort:${server.port}`)
    expect(html).toContain(`endpoint:"${server.url}/pusher/auth"`)
    expect(server.connectionCount()).toBe(0)
    expect(frames).toEqual([])
  })

  test('the browser hydrates without a mismatch, then connects and joins', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    await page.getByTestId('state').getByText('connected', { exact: true }).waitFor()
    await page.getByTestId('count').getByText('1', { exact: true }).waitFor()
    await page.getByRole('group', { name: '1 personne en ligne' }).getByText('Ada').waitFor()
    await page.getByRole('status').getByText('En direct').waitFor() // nuxt.config's label over French
    expect(server.connectionCount()).toBe(1)
    // Vue's production build reports "Hydration completed but contains mismatches." as a console error.
    expect(errors).toEqual([])
    await page.close()
  })
})
