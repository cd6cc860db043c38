import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { startServer } from '@channelkit/server'
import type { Nuxt } from '@nuxt/schema'
import { loadNuxt } from 'nuxt'
import { afterEach, describe, expect, test } from 'vitest'
import channelkit, { COMPONENTS, COMPOSABLES, type ModuleOptions } from '../module'

const fixture = fileURLToPath(new URL('./fixture', import.meta.url))
let nuxt: Nuxt | undefined

async function load(options: ModuleOptions, overrides: Record<string, unknown> = {}, dev = false) {
  // `channelkit` is typed for apps by the built module's declarations; here it comes from source.
  const config = { dev, modules: [channelkit], channelkit: options, ...overrides }
  nuxt = await loadNuxt({ cwd: fixture, dev, overrides: config })
  return nuxt
}

/** What the module registered through Nuxt's hooks (what the builder would collect). */
async function registered(nuxt: Nuxt) {
  const components: { pascalName: string; export?: string; filePath: string }[] = []
  const imports: { name: string; from: string }[] = []
  await nuxt.callHook('components:extend', components as never)
  await nuxt.callHook('imports:extend', imports as never)
  return {
    components: components.filter((c) => c.filePath === '@channelkit/vue-ui'),
    imports: imports.filter((i) => /channelkit|runtime[\\/]composables/.test(i.from)),
  }
}

const runtime = fileURLToPath(new URL('../runtime/', import.meta.url))
const plugins = (nuxt: Nuxt) =>
  nuxt.options.plugins.map((p) => (typeof p === 'string' ? p : p.src)).filter((p) => p.startsWith(runtime))

afterEach(async () => {
  await nuxt?.close()
  nuxt = undefined
})

describe('@channelkit/nuxt', () => {
  test('defaults: runtime config, plugin, stylesheet, auto-imports and the UI kit components', async () => {
    const nuxt = await load({ key: 'app-key' })
    expect(nuxt.options.runtimeConfig.public.channelkit).toMatchObject({
      key: 'app-key',
      cluster: 'mt1',
      wsHost: '',
      channelAuthorization: { endpoint: '/api/pusher/auth', transport: 'ajax' },
      userAuthentication: { endpoint: '/api/pusher/user-auth', transport: 'ajax' },
    })
    // addPlugin puts each first: the UI kit's plugin (it is installed) came last.
    expect(plugins(nuxt)).toEqual([
      expect.stringMatching(/runtime[\\/]plugin\.ui\.[jt]s$/),
      expect.stringMatching(/runtime[\\/]plugin\.[jt]s$/),
    ])
    expect(nuxt.options.css).toEqual([createRequire(import.meta.url).resolve('@channelkit/styles')])
    const { components, imports } = await registered(nuxt)
    expect(components.map((c) => c.pascalName).sort()).toEqual([...COMPONENTS].sort())
    expect(components.every((c) => c.export === c.pascalName)).toBe(true)
    expect(imports.map((i) => i.name).sort()).toEqual([...COMPOSABLES, 'useTypingInput'].sort())
  })

  test('every module option is typed and honoured', async () => {
    const nuxt = await load({
      key: 'k',
      cluster: 'eu',
      wsHost: 'ws.example.com',
      wsPort: 6001,
      forceTLS: false,
      enabledTransports: ['ws'],
      channelAuthorization: { endpoint: '/auth' },
      encrypted: true,
      styles: false,
      imports: false,
      components: { prefix: 'Ck' },
      ui: { locale: 'ar', dir: 'rtl', labels: { connection: { connected: 'متصل الآن' } } },
    })
    expect(nuxt.options.runtimeConfig.public.channelkit).toMatchObject({
      key: 'k',
      cluster: 'eu',
      wsHost: 'ws.example.com',
      wsPort: 6001,
      forceTLS: false,
      enabledTransports: ['ws'],
      channelAuthorization: { endpoint: '/auth', transport: 'ajax' },
    })
    expect(plugins(nuxt)).toEqual([
      expect.stringMatching(/runtime[\\/]plugin\.ui\.[jt]s$/),
      expect.stringMatching(/runtime[\\/]plugin\.encrypted\.[jt]s$/),
    ])
    expect(nuxt.options.runtimeConfig.public.channelkit.ui).toEqual({
      locale: 'ar',
      dir: 'rtl',
      labels: { connection: { connected: 'متصل الآن' } },
    })
    expect(nuxt.options.css).toEqual([])
    const { components, imports } = await registered(nuxt)
    expect(components.map((c) => c.pascalName)).toContain('CkOnlineUsers')
    expect(components.every((c) => c.pascalName === `Ck${c.export}`)).toBe(true)
    expect(imports).toEqual([])
  })

  test("the app's own runtimeConfig.public.channelkit wins over module options", async () => {
    const nuxt = await load(
      { key: 'from-module', cluster: 'eu' },
      { runtimeConfig: { public: { channelkit: { key: 'from-runtime-config' } } } },
    )
    expect(nuxt.options.runtimeConfig.public.channelkit).toMatchObject({
      key: 'from-runtime-config',
      cluster: 'eu',
    })
  })

  test('devServer: `nuxi dev` starts the local server, points the app at it and stops it with Nuxt', async () => {
    const dev = await load({ devServer: { port: 0 } }, {}, true)
    const config = dev.options.runtimeConfig.public.channelkit
    expect(config).toMatchObject({
      key: 'channelkit-key',
      wsHost: '127.0.0.1',
      forceTLS: false,
      enabledTransports: ['ws'],
    })
    const url = `http://127.0.0.1:${config.wsPort}`
    expect((await fetch(`${url}/apps/channelkit/channels`)).status).toBe(401) // the HTTP API, unsigned
    await dev.close()
    nuxt = undefined
    await expect(fetch(url)).rejects.toThrow()
  })

  test('devServer: a local server already on the port (another `nuxi dev`) is used as it is', async () => {
    const running = await startServer({ port: 0 })
    try {
      const dev = await load({ devServer: { port: running.port } }, {}, true)
      expect(dev.options.runtimeConfig.public.channelkit).toMatchObject({
        wsPort: running.port,
        wsHost: '127.0.0.1',
      })
      await dev.close()
      nuxt = undefined
      expect((await fetch(`${running.url}/apps/channelkit/channels`)).status).toBe(401) // still serving
    } finally {
      await running.close()
    }
  })

  test('devServer stays off in production builds', async () => {
    const nuxt = await load({ key: 'k', devServer: true })
    expect(nuxt.options.runtimeConfig.public.channelkit).toMatchObject({ key: 'k', wsHost: '' })
  })
})
