// A local server in its own process (forked by measures that must not count its memory or CPU).
import { startServer } from '@channelkit/server'

const server = await startServer({ port: 0 })
process.on('message', async (message) => {
  if (message !== 'close') return
  await server.close()
  process.disconnect()
})
process.send?.({ port: server.port, key: server.app.key })
