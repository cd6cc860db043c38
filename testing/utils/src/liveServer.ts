import { type LocalServer, startServer } from '@channelkit/server'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { FixtureError } from './FixtureError'
import { type Fixture, type FixtureOptions, fixture } from './fixture'

export interface Live<K = never, O = object> extends Fixture<K, O> {
  /** The file's server (127.0.0.1, a free port), started in `beforeAll`. */
  readonly server: LocalServer
}

/**
 * One real local server per test file (call it at the top of the file or of a `describe`): started in
 * `beforeAll`, closed in `afterAll`; after each test, `cleanup()` unmounts and undoes what it made.
 */
export function liveServer<K extends { destroy(): void } = never, O = object>(
  options: FixtureOptions<K, O> = {},
): Live<K, O> {
  let server: LocalServer | undefined
  const current = () => {
    if (!server)
      throw new FixtureError('liveServer(): the server starts in beforeAll; use it inside a test or hook.')
    return server
  }
  const live = fixture<K, O>(current, options)
  beforeAll(async () => {
    server = await startServer({ port: 0 })
  })
  afterEach(() => live.cleanup())
  afterAll(async () => {
    await server?.close()
    server = undefined
  })
  return {
    ...live,
    get server() {
      return current()
    },
  }
}
