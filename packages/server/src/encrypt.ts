import nacl from 'tweetnacl'
import { encryptedSharedSecret } from './signature'

/**
 * What the Node SDK sends for an event on a `private-encrypted-` channel (PROTOCOL.md §7):
 * `{"nonce","ciphertext"}` of a secretbox keyed with the channel's shared secret.
 */
export function encryptEventData(channel: string, masterKeyBase64: string, plaintext: string): string {
  const key = Buffer.from(encryptedSharedSecret(channel, masterKeyBase64), 'base64')
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength)
  const box = nacl.secretbox(Buffer.from(plaintext, 'utf8'), nonce, key)
  return JSON.stringify({
    nonce: Buffer.from(nonce).toString('base64'),
    ciphertext: Buffer.from(box).toString('base64'),
  })
}
