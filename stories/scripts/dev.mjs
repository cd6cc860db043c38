#!/usr/bin/env node
// `pnpm dev`: the local server (ws/http on 6001, with its development control endpoint) and both Storybooks
// (React on 6006 with the Vue one composed in, Vue on 6007) in one command; Ctrl-C stops everything.
// The React Storybook loads the Vue one's index once, when its manager starts: so Vue starts first, and React
// only when Vue answers, however slow the machine.
// Ports: CHANNELKIT_PORT, STORYBOOK_PORT, STORYBOOK_VUE_PORT (the e2e test picks free ones).
import { startServer } from '@channelkit/server'
import { storybook, waitForUrl } from './storybook.mjs'

const host = '127.0.0.1'
const reactPort = Number(process.env.STORYBOOK_PORT ?? 6006)
const vuePort = Number(process.env.STORYBOOK_VUE_PORT ?? 6007)
const vueUrl = `http://localhost:${vuePort}`
const server = await startServer({
  host,
  port: Number(process.env.CHANNELKIT_PORT ?? 6001),
  devPage: true,
  // The Storybooks' own origins (6006 and 6007 are allowed by default; other ports are not).
  allowedOrigins: [reactPort, vuePort].flatMap((port) => [
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
  ]),
  // The control panel's endpoint; its token goes to the Storybooks only (other pages cannot use it).
  control: process.env.CHANNELKIT_CONTROL_TOKEN ? { token: process.env.CHANNELKIT_CONTROL_TOKEN } : true,
})
const control = /** @type {{ url: string, token: string }} */ (server.control)
const env = {
  STORYBOOK_CHANNELKIT_SERVER: `${host}:${server.port}`,
  STORYBOOK_CHANNELKIT_CONTROL_TOKEN: control.token,
}

/** @type {import('node:child_process').ChildProcess[]} */
const children = []
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

/** @param {'react' | 'vue'} which @param {number} port @param {NodeJS.ProcessEnv} extra */
function start(which, port, extra = {}) {
  const child = storybook(which, ['dev', '--port', String(port), '--no-open', '--ci', '--quiet'], {
    ...env,
    ...extra,
  })
  children.push(child)
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[dev] the ${which} Storybook exited (${code}); stopping everything`)
      void stop(code ?? 1)
    }
  })
  return child
}

start('vue', vuePort)
console.log(`[dev] local server ${server.url}; waiting for the Vue Storybook on ${vueUrl} …`)
await waitForUrl(`${vueUrl}/index.json`, () => stopping)
start('react', reactPort, { STORYBOOK_VUE_URL: vueUrl })
await waitForUrl(`http://localhost:${reactPort}/index.json`, () => stopping)
console.log(`
  ChannelKit dev
  local server    ${server.url}  (app key ${server.app.key}, dev auth ${server.url}/pusher/auth)
  control         ${control.url}  (token passed to Storybook)
  Storybook       http://localhost:${reactPort}  (React, with Vue composed in)
                  ${vueUrl}  (Vue)
`)
