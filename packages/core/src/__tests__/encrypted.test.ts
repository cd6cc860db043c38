import Pusher from 'pusher-js'
import { describe, expect, it } from 'vitest'
import { createChannelKit } from '../createChannelKit'
import type { ChannelKitError } from '../errors'
import { makeKit, until, withServer } from './harness'

const t = withServer()

describe('encrypted channels', () => {
  it('decrypts an event the SDK encrypted (Node build of pusher-js has nacl)', async () => {
    const { kit } = makeKit(t.server)
    const lease = kit.channel('private-encrypted-secrets')
    const got: unknown[] = []
    lease.bind('secret', (data) => got.push(data))
    await until(lease.store, (s) => s.status === 'subscribed')
    expect(lease.store.getSnapshot().kind).toBe('encrypted')
    await t.server.pusher().trigger('private-encrypted-secrets', 'secret', { code: 42 })
    await expect.poll(() => got).toEqual([{ code: 42 }])
    // What went over the wire was ciphertext.
    const frame = t.frames.find((f) => f.direction === 'out' && f.event === 'secret')
    expect(JSON.stringify(frame?.data)).toContain('ciphertext')
    expect(JSON.stringify(frame?.data)).not.toContain('code')
    expect(JSON.stringify(frame?.data)).not.toContain('{"code":42}')
  })

  it('without nacl: encryption_unavailable on the snapshot and through onError, nothing subscribed', async () => {
    const client = new Pusher(t.server.app.key, t.server.wsOptions())
    client.config.nacl = undefined // what the default browser build looks like
    const errors: ChannelKitError[] = []
    const kit = createChannelKit({ client, onError: (error) => errors.push(error) })
    try {
      const lease = kit.channel('private-encrypted-nope')
      const snapshot = lease.store.getSnapshot()
      expect(snapshot.status).toBe('error')
      expect(snapshot.error?.type).toBe('EncryptionUnavailable')
      expect(errors.map((e) => e.code)).toEqual(['encryption_unavailable'])
      expect(errors[0]!.message).toContain("'pusher-js/with-encryption'")
      lease.retry()
      expect(errors).toHaveLength(2)
      lease.release()
      expect(client.channel('private-encrypted-nope')).toBeUndefined()
    } finally {
      kit.destroy()
      client.disconnect() // the kit never disconnects a client it was given
    }
  })
})
