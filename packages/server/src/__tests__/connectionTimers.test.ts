import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { WebSocket } from 'ws'
import { Connection } from '../connection'

/** The narrow slice of a ws socket that Connection uses. */
function fakeSocket() {
  return {
    OPEN: 1,
    readyState: 1,
    sent: [] as unknown[],
    closedWith: undefined as [number, string] | undefined,
    send(text: string) {
      this.sent.push(JSON.parse(text))
    },
    close(code: number, reason: string) {
      this.closedWith = [code, reason]
    },
    terminated: false,
    terminate() {
      this.terminated = true
    },
    once() {},
    bufferedAmount: 0,
  }
}

const limits = (activityTimeoutMs: number) => ({
  activityTimeoutMs,
  pongTimeoutMs: 30_000,
  maxBufferedBytes: Number.POSITIVE_INFINITY,
})

describe('Connection timers', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('pings after activity_timeout of silence, closes with 4201 when no pong follows in 30 s', () => {
    const socket = fakeSocket()
    const connection = new Connection(socket as unknown as WebSocket, '1.1', 'app', limits(120_000), () => {})
    connection.touch()
    vi.advanceTimersByTime(119_999)
    expect(socket.sent).toEqual([])
    vi.advanceTimersByTime(1)
    expect(socket.sent).toEqual([{ event: 'pusher:ping', data: {} }])
    vi.advanceTimersByTime(29_999)
    expect(socket.closedWith).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(socket.closedWith).toEqual([4201, 'Pong reply not received'])
    // A frozen peer never answers the close frame: the socket is destroyed shortly after.
    expect(socket.terminated).toBe(false)
    vi.advanceTimersByTime(2000)
    expect(socket.terminated).toBe(true)
  })

  test('any message in between counts as activity', () => {
    const socket = fakeSocket()
    const connection = new Connection(socket as unknown as WebSocket, '1.1', 'app', limits(1000), () => {})
    connection.touch()
    vi.advanceTimersByTime(1000)
    vi.advanceTimersByTime(20_000)
    connection.touch()
    vi.advanceTimersByTime(15_000)
    expect(socket.closedWith).toBeUndefined()
    connection.stopTimers()
  })

  test('the client event window resets every second', () => {
    const connection = new Connection(
      fakeSocket() as unknown as WebSocket,
      '1.1',
      'app',
      limits(1000),
      () => {},
    )
    const allowed = Array.from({ length: 11 }, () => connection.allowClientEvent(5000))
    expect(allowed.filter(Boolean)).toHaveLength(10)
    expect(connection.allowClientEvent(6000)).toBe(true)
  })
})
