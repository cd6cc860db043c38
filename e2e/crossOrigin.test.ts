import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type LocalServer, signRequest, startServer } from '@channelkit/server'
import Pusher from 'pusher-js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser, type Page, type TestBrowser } from './support/browser'
import { fromStories } from './support/paths'
import { type StaticServer, serveStatic } from './support/serveStatic'

// A web page the developer happens to open, on an origin the project does not serve, attacks the local
// server in real Chromium: it joins presence as "ceo", reads a private channel, triggers events with the
// published secret and drives the control endpoint. A page of an allowed origin (as Storybook's is) does the
// same things and they work, with the browser build of pusher-js that decrypts encrypted channels.

interface ProbeConfig {
  key: string
  host: string
  port: number
  serverUrl: string
  /** `/apps/{id}/events?…` signed in Node with the published development secret, for `body`. */
  signedEvents: string
  body: string
  controlMember: string
  token?: string
}

type Report = Record<string, string>

/** Runs in the page: every attack, each outcome as a word (no waiting on a clock but a 10 s safety net). */
async function probe(config: ProbeConfig): Promise<Report> {
  type Bindable = { bind(event: string, callback: (data?: unknown) => void): void }
  type PusherClient = {
    connection: Bindable
    subscribe(
      name: string,
    ): Bindable & { bind_global(callback: (event: string, data: unknown) => void): void }
  }
  const w = window as unknown as {
    Pusher: new (key: string, options: unknown) => PusherClient
    __events: { channel: string; event: string; data: unknown }[]
  }
  w.__events = []
  const settle = (promise: Promise<string>) =>
    Promise.race([
      promise,
      new Promise<string>((resolve) => setTimeout(() => resolve('no outcome in 10 s'), 10_000)),
    ])
  const attempt = async (run: () => Promise<string>) => {
    try {
      return await run()
    } catch {
      return 'blocked'
    }
  }
  const report: Report = {}
  report.devAuth = await attempt(async () => {
    const response = await fetch(`${config.serverUrl}/pusher/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'socket_id=1.1&channel_name=presence-room&user_id=ceo',
    })
    return response.ok && 'auth' in (await response.json()) ? 'signed' : `status ${response.status}`
  })

  const pusher = new w.Pusher(config.key, {
    cluster: 'mt1',
    wsHost: config.host,
    wsPort: config.port,
    wssPort: config.port,
    forceTLS: false,
    enabledTransports: ['ws'],
    enableStats: false,
    channelAuthorization: {
      endpoint: `${config.serverUrl}/pusher/auth`,
      transport: 'ajax',
      params: { user_id: 'ceo', user_info: JSON.stringify({ name: 'CEO' }) },
    },
  })
  report.connection = await settle(
    new Promise((resolve) => {
      pusher.connection.bind('connected', () => resolve('connected'))
      pusher.connection.bind('error', (error) => {
        const data = error as { error?: { data?: { code?: number } }; type?: string } | undefined
        resolve(`refused ${data?.error?.data?.code ?? data?.type}`)
      })
    }),
  )
  if (report.connection === 'connected') {
    for (const name of ['presence-room', 'private-payroll', 'private-encrypted-vault']) {
      report[name] = await settle(
        new Promise((resolve) => {
          const channel = pusher.subscribe(name)
          channel.bind('pusher:subscription_succeeded', () => resolve('subscribed'))
          channel.bind('pusher:subscription_error', (error) =>
            resolve(`refused ${(error as { status?: number }).status}`),
          )
          channel.bind_global((event, data) => {
            if (!event.startsWith('pusher')) w.__events.push({ channel: name, event, data })
          })
        }),
      )
    }
  }

  // With the published secret a page can sign API requests itself. text/plain needs no preflight.
  report.triggerPlain = await attempt(async () => {
    const response = await fetch(`${config.serverUrl}${config.signedEvents}`, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'content-type': 'text/plain' },
      body: config.body,
    })
    return response.type === 'opaque' ? 'sent, answer unreadable' : `status ${response.status}`
  })
  report.triggerJson = await attempt(async () => {
    const response = await fetch(`${config.serverUrl}${config.signedEvents}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: config.body,
    })
    return `status ${response.status}`
  })

  const member = JSON.stringify({ channel: 'presence-room', id: config.controlMember })
  report.controlPlain = await attempt(async () => {
    const response = await fetch(`${config.serverUrl}/control/members`, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'content-type': 'text/plain' },
      body: member,
    })
    return response.type === 'opaque' ? 'sent, answer unreadable' : `status ${response.status}`
  })
  report.control = await attempt(async () => {
    const response = await fetch(`${config.serverUrl}/control/members`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
      },
      body: member,
    })
    return `status ${response.status}`
  })
  return report
}

describe('a page on another origin against the development server (Chromium)', () => {
  let dir: string
  let own: StaticServer
  let attacker: StaticServer
  let browser: TestBrowser
  let server: LocalServer
  let victim: Pusher
  const received: { event: string; data: unknown }[] = []

  const config = (page: 'own' | 'attacker'): ProbeConfig => {
    const body = JSON.stringify({ name: `from-${page}`, channels: ['news'], data: '{}' })
    const path = `/apps/${server.app.id}/events`
    const query: [string, string][] = [
      ['auth_key', server.app.key],
      ['auth_timestamp', String(Math.floor(Date.now() / 1000))],
      ['auth_version', '1.0'],
      ['body_md5', createHash('md5').update(body).digest('hex')],
    ]
    const signature = signRequest(server.app.secret, 'POST', path, query)
    return {
      key: server.app.key,
      host: '127.0.0.1',
      port: server.port,
      serverUrl: server.url,
      signedEvents: `${path}?${query.map(([k, v]) => `${k}=${v}`).join('&')}&auth_signature=${signature}`,
      body,
      controlMember: page === 'own' ? 'ada' : 'mallory',
      ...(page === 'own' ? { token: server.control?.token } : {}),
    }
  }

  const open = async (site: StaticServer): Promise<Page> => {
    const page = await browser.context.newPage()
    await page.goto(`${site.url}/index.html`)
    await page.waitForFunction(() => 'Pusher' in window)
    return page
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ck-cross-origin-'))
    copyFileSync(
      fromStories.resolve('pusher-js/dist/web/pusher-with-encryption.min.js'),
      join(dir, 'pusher.js'),
    )
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>page</title><script src="pusher.js"></script>',
    )
    ;[own, attacker, browser] = await Promise.all([serveStatic(dir), serveStatic(dir), launchBrowser()])
    // Only `own` is allowed, as Storybook's origin is in `pnpm dev`.
    server = await startServer({ port: 0, control: true, allowedOrigins: [own.url] })
    victim = new Pusher(server.app.key, server.wsOptions({ user: { id: 'dana' } }))
    const news = victim.subscribe('news')
    const room = victim.subscribe('presence-room')
    await Promise.all(
      [news, room].map((c) => new Promise((resolve) => c.bind('pusher:subscription_succeeded', resolve))),
    )
    news.bind_global((event: string, data: unknown) => {
      if (!event.startsWith('pusher')) received.push({ event, data })
    })
  })

  afterAll(async () => {
    victim?.disconnect()
    await browser?.close()
    await Promise.all([own?.close(), attacker?.close(), server?.close()])
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('the other origin joins nothing, reads nothing, triggers nothing, controls nothing', async () => {
    const page = await open(attacker)
    const report = await page.evaluate(probe, config('attacker'))
    expect(report).toEqual({
      devAuth: 'blocked',
      connection: 'refused 4009',
      triggerPlain: 'sent, answer unreadable',
      triggerJson: 'blocked',
      controlPlain: 'sent, answer unreadable',
      control: 'blocked',
    })
    // What reached the server changed nothing: no "ceo" or "mallory" in the room, no forged event.
    expect([...(server.channels().get('presence-room')?.members?.keys() ?? [])]).toEqual(['dana'])
    const marker = new Promise((resolve) => victim.channel('news')?.bind('marker', resolve))
    await server.pusher().trigger('news', 'marker', {})
    await marker
    expect(received.map((e) => e.event)).toEqual(['marker'])
    await page.close()
  })

  test('an allowed origin does all of it, encrypted channels included (pusher-js with-encryption)', async () => {
    received.length = 0
    const page = await open(own)
    const report = await page.evaluate(probe, config('own'))
    expect(report).toEqual({
      devAuth: 'signed',
      connection: 'connected',
      'presence-room': 'subscribed',
      'private-payroll': 'subscribed',
      'private-encrypted-vault': 'subscribed',
      // Even an allowed page must send JSON to the HTTP API.
      triggerPlain: 'sent, answer unreadable',
      triggerJson: 'status 200',
      controlPlain: 'sent, answer unreadable',
      control: 'status 200',
    })
    await expect.poll(() => received.map((e) => e.event)).toEqual(['from-own'])
    expect(server.simulate.members('presence-room')).toEqual([{ id: 'ada', info: { name: 'ada' } }])
    expect([...(server.channels().get('presence-room')?.members?.keys() ?? [])].sort()).toEqual([
      'ada',
      'ceo',
      'dana',
    ])
    server.trigger('private-payroll', 'paid', { amount: 1 })
    server.trigger('private-encrypted-vault', 'opened', { secret: 42 })
    await page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length >= 2)
    expect(await page.evaluate(() => (window as unknown as { __events: unknown[] }).__events)).toEqual([
      { channel: 'private-payroll', event: 'paid', data: { amount: 1 } },
      { channel: 'private-encrypted-vault', event: 'opened', data: { secret: 42 } },
    ])
    await page.close()
  })
})
