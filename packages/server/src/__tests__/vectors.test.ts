import Pusher from 'pusher'
import { describe, expect, test } from 'vitest'
import { encryptedSharedSecret, requestSigningString, signChannel, signRequest, signUser } from '..'
import { requestAuthProblem } from '../requestAuth'
import { md5Hex, safeEqual } from '../signature'

const key = '278d425bdf160c739803'
const secret = '7ad3773142a6692b25b8'

describe('PROTOCOL.md test vectors', () => {
  test('private channel auth', () => {
    expect(signChannel(secret, '1234.1234', 'private-foobar')).toBe(
      '58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4',
    )
  })

  test('presence channel auth (the corrected vector, not the docs’ afaed369…)', () => {
    const channelData = '{"user_id":10,"user_info":{"name":"Mr. Channels"}}'
    expect(signChannel(secret, '1234.1234', 'presence-foobar', channelData)).toBe(
      '31935e7d86dba64c2a90aed31fdc61869f9b22ba9d8863bba239c03ca481bc80',
    )
  })

  test('user signin', () => {
    expect(`${key}:${signUser(secret, '1234.1234', '{"id":"12345"}')}`).toBe(
      '278d425bdf160c739803:4708d583dada6a56435fb8bc611c77c359a31eebde13337c16ab43aa6de336ba',
    )
  })

  test('HTTP request signature: the worked example', () => {
    const body = '{"name":"foo","channels":["project-3"],"data":"{\\"some\\":\\"data\\"}"}'
    expect(md5Hex(body)).toBe('ec365a775a4cd0599faeb73354201b6f')
    const query: [string, string][] = [
      ['auth_version', '1.0'],
      ['auth_key', key],
      ['body_md5', 'ec365a775a4cd0599faeb73354201b6f'],
      ['auth_timestamp', '1353088179'],
    ]
    expect(requestSigningString('POST', '/apps/3/events', query)).toBe(
      `POST\n/apps/3/events\nauth_key=${key}&auth_timestamp=1353088179&auth_version=1.0&body_md5=ec365a775a4cd0599faeb73354201b6f`,
    )
    const signature = signRequest(secret, 'POST', '/apps/3/events', query)
    expect(signature).toBe('da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c')
    const search = `?${query.map(([k, v]) => `${k}=${v}`).join('&')}&auth_signature=${signature}`
    const app = { id: '3', key, secret }
    expect(requestAuthProblem(app, 'POST', '/apps/3/events', search, body, 1353088179_000)).toBeUndefined()
    expect(
      requestAuthProblem(app, 'POST', '/apps/3/events', search, body, (1353088179 + 600) * 1000),
    ).toMatch(/^Timestamp expired: Given timestamp \(1353088179\) not within 600s/)
  })

  test('HTTP request signature: the signature gem vector', () => {
    const query: [string, string][] = [
      ['query', 'params'],
      ['go', 'here'],
      ['auth_version', '1.0'],
      ['auth_timestamp', '1234'],
      ['auth_key', 'key'],
    ]
    expect(requestSigningString('post', '/some/path', query)).toBe(
      'POST\n/some/path\nauth_key=key&auth_timestamp=1234&auth_version=1.0&go=here&query=params',
    )
    expect(signRequest('secret', 'POST', '/some/path', query)).toBe(
      '3b237953a5ba6619875cbb2a2d43e8da9ef5824e8a2c689f6284ac85bc1ea0db',
    )
  })

  test('encrypted channel shared_secret, matching the SDK', () => {
    const masterKey = 'zyrm8pvV2C9fJcBfhyXzvxbJVN/H7QLmbe0xJi1GhPU='
    expect(encryptedSharedSecret('private-encrypted-bla', masterKey)).toBe(
      'nlr49ISQHz91yS3cy/yWmW8wFMNeTnNL5tNHnbPJcLQ=',
    )
    const sdk = new Pusher({
      appId: '1',
      key,
      secret,
      host: 'localhost',
      encryptionMasterKeyBase64: masterKey,
    })
    expect(sdk.authorizeChannel('1.1', 'private-encrypted-bla').shared_secret).toBe(
      'nlr49ISQHz91yS3cy/yWmW8wFMNeTnNL5tNHnbPJcLQ=',
    )
  })

  test('the f00d / tofu vector', () => {
    expect(`f00d:${signChannel('tofu', '123.456', 'private-encrypted-bla', '"foo"')}`).toBe(
      'f00d:962c48b78bf93d98ff4c92ee7dff04865821455b7b401e9d60a9e0a90af2c105',
    )
  })

  test('safeEqual compares in constant time and rejects different lengths', () => {
    expect(safeEqual('abc', 'abc')).toBe(true)
    expect(safeEqual('abc', 'abd')).toBe(false)
    expect(safeEqual('abc', 'abcd')).toBe(false)
  })
})
