import { parseCliArgs, USAGE } from './cli-args'
import { startServer } from './server'
import type { AppConfig, LocalServer, ServerOptions } from './types'

function banner(url: string, port: number, app: AppConfig, options: ServerOptions): string {
  const ws = url.replace(/^http/, 'ws')
  const extra = [
    options.devPage ? `  status      ${url}/` : '',
    options.webhooks?.length ? `  webhooks    ${options.webhooks.map((w) => w.url).join(', ')}` : '',
  ].filter(Boolean)
  return [
    'ChannelKit local server (development only: the dev auth endpoint signs anything)',
    `  app id      ${app.id}`,
    `  key         ${app.key}`,
    `  secret      ${app.secret}`,
    `  WebSocket   ${ws}/app/${app.key}`,
    `  HTTP API    ${url}/apps/${app.id}`,
    `  dev auth    ${url}/pusher/auth, ${url}/pusher/user-auth`,
    ...extra,
    '',
    'pusher-js:',
    `  new Pusher('${app.key}', {`,
    `    cluster: 'mt1', wsHost: '${new URL(url).hostname}', wsPort: ${port}, wssPort: ${port},`,
    `    forceTLS: false, enabledTransports: ['ws'], enableStats: false,`,
    `    channelAuthorization: { endpoint: '${url}/pusher/auth', transport: 'ajax', params: { user_id: 'alice' } },`,
    `    userAuthentication: { endpoint: '${url}/pusher/user-auth', transport: 'ajax', params: { user_id: 'alice' } },`,
    '  })',
  ].join('\n')
}

async function main(): Promise<void> {
  let options: ServerOptions | 'help'
  try {
    options = parseCliArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (options === 'help') {
    console.log(USAGE)
    return
  }
  let server: LocalServer | undefined
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping`)
    ;(server?.close() ?? Promise.resolve()).then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  // Registered before listening so an early Ctrl-C also exits cleanly.
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
  server = await startServer({ ...options, logger: console })
  console.log(banner(server.url, server.port, server.app, options))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
