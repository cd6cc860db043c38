import { fork } from 'node:child_process'
import { join } from 'node:path'
import { benchDir } from './benchDir'

export interface ForkedServer {
  port: number
  key: string
  close(): Promise<void>
}

/** @channelkit/server started in a child process (dist/serve.mjs). */
export function forkServer(): Promise<ForkedServer> {
  const child = fork(join(benchDir, 'dist', 'serve.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) =>
      reject(new Error(`bench: server process exited with code ${code} before starting`)),
    )
    child.once('message', (message) => {
      const { port, key } = message as { port: number; key: string }
      resolve({
        port,
        key,
        async close() {
          child.send('close')
          await exited
        },
      })
    })
  })
}
