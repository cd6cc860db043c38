import * as crypto from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { connectedRaw, server } from '../helpers'

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) }
})

const spy = vi.mocked(crypto.timingSafeEqual)
const hmac = (secret: string, message: string) =>
  crypto.createHmac('sha256', secret).update(message).digest('hex')
const forged = 'f'.repeat(64)

/** True when some timingSafeEqual call compared `secretSide` with `attackerSide`. */
function compared(secretSide: string, attackerSide: string): boolean {
  return spy.mock.calls.some(
    ([a, b]) =>
      Buffer.from(a as Uint8Array).toString() === secretSide &&
      Buffer.from(b as Uint8Array).toString() === attackerSide,
  )
}

describe('every secret comparison goes through crypto.timingSafeEqual', () => {
  beforeEach(() => {
    spy.mockClear()
  })

  test('channel auth: private, encrypted and presence signatures', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const cases = [
      { channel: 'private-t', signed: `${c.socketId}:private-t` },
      { channel: 'private-encrypted-t', signed: `${c.socketId}:private-encrypted-t` },
      {
        channel: 'presence-t',
        signed: `${c.socketId}:presence-t:{"user_id":"1"}`,
        channel_data: '{"user_id":"1"}',
      },
    ]
    for (const { signed, ...data } of cases) {
      await c.request({ event: 'pusher:subscribe', data: { ...data, auth: `${s.app.key}:${forged}` } }, (m) =>
        m.event.startsWith('pusher:subscription_error'),
      )
      expect(compared(hmac(s.app.secret, signed), forged)).toBe(true)
    }
  })

  test('user sign-in', async () => {
    const s = await server()
    const c = await connectedRaw(s)
    const userData = '{"id":"u"}'
    c.send({ event: 'pusher:signin', data: { auth: `${s.app.key}:${forged}`, user_data: userData } })
    expect(await c.closed).toBe(4009)
    const expected = `${s.app.key}:${hmac(s.app.secret, `${c.socketId}::user::${userData}`)}`
    expect(compared(expected, `${s.app.key}:${forged}`)).toBe(true)
  })

  test('HTTP API request signatures', async () => {
    const s = await server()
    const path = `/apps/${s.app.id}/channels`
    const query = `auth_key=${s.app.key}&auth_timestamp=${Math.floor(Date.now() / 1000)}&auth_version=1.0`
    const response = await fetch(`${s.url}${path}?${query}&auth_signature=${forged}`)
    expect(response.status).toBe(401)
    expect(compared(hmac(s.app.secret, `GET\n${path}\n${query}`), forged)).toBe(true)
  })

  test('in the code: signatures are only compared with safeEqual, the one caller of timingSafeEqual', () => {
    const dir = new URL('../../', import.meta.url)
    const sources = Object.fromEntries(
      readdirSync(dir)
        .filter((file) => file.endsWith('.ts'))
        .map((file) => [file, readFileSync(new URL(file, dir), 'utf8')] as const),
    )
    const callers = Object.keys(sources).filter((file) => sources[file]?.includes('timingSafeEqual('))
    expect(callers).toEqual(['signature.ts'])
    // The verifying modules compute an expected signature and hand it to safeEqual, never to === / !==.
    for (const file of ['subscribe.ts', 'signin.ts', 'requestAuth.ts']) {
      const source = sources[file] ?? ''
      expect(source).toMatch(/safeEqual\(/)
      expect(source).not.toMatch(/\b(expected|signature)\s*[!=]==|[!=]==\s*(expected|signature)\b/)
    }
  })
})
