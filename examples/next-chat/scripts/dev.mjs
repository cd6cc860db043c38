#!/usr/bin/env node
// `pnpm --filter next-chat dev`: the local Pusher server and `next dev` in one command, on any OS.
// Development only: in production the app talks to Pusher (PUSHER_* environment variables).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from '@channelkit/server'

const app = join(dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT ?? 3000)
const channelkitPort = Number(process.env.PUSHER_PORT ?? 6001)

// The pages come from Next's origin; the local server answers only origins it was told about.
const allowedOrigins = ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`)
let server
try {
  server = await startServer({ port: channelkitPort, allowedOrigins })
  console.log(`ChannelKit local server: ${server.url} (app key ${server.app.key})`)
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error
  console.log(`ChannelKit: using the local server already listening on port ${channelkitPort}`)
}

const next = join(
  dirname(createRequire(join(app, 'package.json')).resolve('next/package.json')),
  'dist/bin/next',
)
const child = spawn(process.execPath, [next, 'dev', '--port', String(port)], {
  cwd: app,
  stdio: 'inherit',
  env: { ...process.env, PUSHER_PORT: String(channelkitPort) },
})

const stop = async (code) => {
  await server?.close()
  process.exit(code ?? 0)
}
child.on('exit', (code) => void stop(code))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
