import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { channelkitServer } from '../vite'

type Hook = (...args: unknown[]) => unknown

// Vite calls these two hooks; a stand-in for its dev server gives them what they use.
async function serve(options: Parameters<typeof channelkitServer>[0]) {
  const plugin = channelkitServer(options)
  const httpServer = new EventEmitter()
  const logged: string[] = []
  await (plugin.configureServer as Hook)({
    config: { logger: { info: (line: string) => logged.push(line) } },
    httpServer,
  })
  const html = (plugin.transformIndexHtml as Hook)() as { children: string }[] | undefined
  return { html, logged, close: () => httpServer.emit('close') }
}

describe('@channelkit/server/vite', () => {
  it('hands the page its control endpoint, which triggers with that token', async () => {
    const dev = await serve({ port: 0 })
    try {
      const script = dev.html?.[0]?.children ?? ''
      const control = JSON.parse(script.replace('globalThis.__CHANNELKIT_CONTROL__=', '')) as {
        url: string
        token: string
      }
      expect(control.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/control$/)
      const response = await fetch(`${control.url}/trigger`, {
        method: 'POST',
        headers: { authorization: `Bearer ${control.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'news', event: 'hello', data: {} }),
      })
      expect(response.status).toBe(200)
      expect(dev.logged.join('\n')).toContain('ChannelKit local server')
    } finally {
      dev.close()
    }
  })

  it('`control: false` keeps the endpoint off and the page without it', async () => {
    const dev = await serve({ port: 0, control: false })
    dev.close()
    expect(dev.html).toBeUndefined()
  })
})
