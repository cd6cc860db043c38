import { parseCliArgs, USAGE } from './cliArgs'
import { banner } from './cliBanner'
import { ServerConfigError } from './errors'
import { startServer } from './server'
import type { LocalServer, ServerOptions } from './types'

async function main(): Promise<void> {
  let options: ServerOptions | 'help'
  try {
    options = parseCliArgs(process.argv.slice(2), process.env)
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
  try {
    server = await startServer({ ...options, logger: console })
  } catch (error) {
    if (!(error instanceof ServerConfigError)) throw error
    console.error(error.message)
    process.exit(2)
  }
  console.log(banner(server, options))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
