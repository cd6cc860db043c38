import Pusher, { type Options } from 'pusher-js'

/** A real pusher-js client, resolved once connected to the local server. */
export function connectedClient(key: string, options: Options): Promise<Pusher> {
  const client = new Pusher(key, options)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.disconnect()
      reject(new Error(`bench: pusher-js did not connect (state ${client.connection.state})`))
    }, 15_000)
    client.connection.bind('connected', () => {
      clearTimeout(timer)
      resolve(client)
    })
  })
}
