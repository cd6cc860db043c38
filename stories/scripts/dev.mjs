#!/usr/bin/env node
// `pnpm dev`: the local server (ws/http on 6001, with its development control endpoint) and both Storybooks
// (React on 6006 with the Vue one composed in, Vue on 6007) in one command; Ctrl-C stops everything.
import { startServer } from '@channelkit/server'
import { storybook } from './storybook.mjs'

const host = '127.0.0.1'
const server = await startServer({
  host,
  port: Number(process.env.CHANNELKIT_PORT ?? 6001),
  devPage: true,
  // The control panel's endpoint; its token goes to the Storybooks only (other pages cannot use it).
  control: process.env.CHANNELKIT_CONTROL_TOKEN ? { token: process.env.CHANNELKIT_CONTROL_TOKEN } : true,
})
const control = /** @type {{ url: string, token: string }} */ (server.control)
const env = {
  STORYBOOK_CHANNELKIT_SERVER: `${host}:${server.port}`,
  STORYBOOK_CHANNELKIT_CONTROL_TOKEN: control.token,
  STORYBOOK_VUE_URL: 'http://localhost:6007',
}
const children = [
  storybook('vue', ['dev', '--port', '6007', '--no-open', '--ci', '--quiet'], env),
  storybook('react', ['dev', '--port', '6006', '--no-open', '--ci', '--quiet'], env),
]
console.log(`
  ChannelKit dev
  local server    ${server.url}  (app key ${server.app.key}, dev auth ${server.url}/pusher/auth)
  control         ${control.url}  (token passed to Storybook)
  Storybook       http://localhost:6006  (React, with Vue composed in)
                  http://localhost:6007  (Vue)
`)

let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  await server.close()
  process.exit(code)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[dev] a Storybook exited (${code}); stopping everything`)
      void stop(code ?? 1)
    }
  })
}
