import { describe, expect, test } from 'vitest'
import { DEFAULT_APP, encryptedSharedSecret, ServerConfigError, startServer } from '..'
import { client, http, nextEvent, server, subscribed } from './helpers'

const KEY = 'zyrm8pvV2C9fJcBfhyXzvxbJVN/H7QLmbe0xJi1GhPU='

async function sharedSecret(port: number, channel: string): Promise<string> {
  const answer = await http(port, {
    method: 'POST',
    path: '/pusher/auth',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `socket_id=1.1&channel_name=${channel}`,
  })
  return (answer.json() as { shared_secret: string }).shared_secret
}

describe('the encryption master key of private-encrypted- channels', () => {
  test('is generated per run: two servers, two different 32-byte keys, none published', async () => {
    const [a, b] = await Promise.all([server(), server()])
    const keys = [a.app.encryptionMasterKeyBase64, b.app.encryptionMasterKeyBase64]
    for (const key of keys) expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32)
    expect(keys[0]).not.toBe(keys[1])
    expect(DEFAULT_APP.encryptionMasterKeyBase64).toBeUndefined()
    expect(await sharedSecret(a.port, 'private-encrypted-x')).not.toBe(
      await sharedSecret(b.port, 'private-encrypted-x'),
    )
  })

  test('a key the user sets is used; an app with its own key keeps it', async () => {
    const own = Buffer.alloc(32, 7).toString('base64')
    const s = await server({
      encryptionMasterKeyBase64: KEY,
      apps: [
        DEFAULT_APP,
        { id: 'own', key: 'own-key', secret: 'own-secret', encryptionMasterKeyBase64: own },
      ],
    })
    expect(s.apps.map((app) => app.encryptionMasterKeyBase64)).toEqual([KEY, own])
    // PROTOCOL.md §7's vector: this key and channel give this shared secret.
    expect(await sharedSecret(s.port, 'private-encrypted-bla')).toBe(
      'nlr49ISQHz91yS3cy/yWmW8wFMNeTnNL5tNHnbPJcLQ=',
    )
    expect(encryptedSharedSecret('private-encrypted-bla', KEY)).toBe(
      'nlr49ISQHz91yS3cy/yWmW8wFMNeTnNL5tNHnbPJcLQ=',
    )
    const error = await startServer({ encryptionMasterKeyBase64: 'c2hvcnQ=' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerConfigError)
    expect((error as Error).message).toMatch(/^encryptionMasterKeyBase64 must be 32 bytes/)
  })

  test('encrypted channels work end to end with the generated key: pusher-js decrypts, the wire has ciphertext', async () => {
    const s = await server()
    const pusher = await client(s)
    const vault = pusher.subscribe('private-encrypted-vault')
    await subscribed(vault)
    const wire: string[] = []
    s.onFrame((f) => f.event === 'opened' && wire.push(f.data as string))
    const viaSdk = nextEvent(vault, 'opened')
    await s.pusher().trigger('private-encrypted-vault', 'opened', { by: 'sdk' })
    expect((await viaSdk).data).toEqual({ by: 'sdk' })
    const direct = nextEvent(vault, 'opened')
    s.trigger('private-encrypted-vault', 'opened', { by: 'server.trigger' })
    expect((await direct).data).toEqual({ by: 'server.trigger' })
    expect(wire.map((data) => Object.keys(JSON.parse(data)))).toEqual([
      ['nonce', 'ciphertext'],
      ['nonce', 'ciphertext'],
    ])
  })
})
