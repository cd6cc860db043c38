import { WebSocket } from 'ws'
import type { Received } from './frameOracle'
import type { Wire } from './frameRender'

const ANSWER_TIMEOUT_MS = 5000

/**
 * A raw connection for fuzzing. After each frame it sends a WebSocket-level ping: the server handles
 * frames in order, so everything before the matching pong is the answer to that frame.
 */
export class FuzzSocket {
  readonly messages: Received[] = []
  closeCode: number | undefined
  private pongs = 0
  private wake: (() => void) | undefined

  constructor(readonly ws: WebSocket) {
    ws.on('message', (raw, isBinary) => {
      let message: Received
      try {
        message = isBinary
          ? { event: '<binary frame from server>' }
          : (JSON.parse(raw.toString()) as Received)
      } catch {
        message = { event: '<non-JSON frame from server>' }
      }
      this.messages.push(message)
      this.wake?.()
    })
    ws.on('pong', () => {
      this.pongs += 1
      this.wake?.()
    })
    ws.on('close', (code) => {
      this.closeCode = code
      this.wake?.()
    })
    // Errors (like a refused handshake's) are followed by 'close'; they are what the test looks at.
    ws.on('error', () => {})
  }

  static connect(url: string): FuzzSocket {
    return new FuzzSocket(new WebSocket(url))
  }

  /** Resolves true when `done()` holds, false after the timeout. */
  waitFor(done: () => boolean, timeoutMs = ANSWER_TIMEOUT_MS): Promise<boolean> {
    return new Promise((resolve) => {
      if (done()) return resolve(true)
      const timer = setTimeout(() => {
        this.wake = undefined
        resolve(false)
      }, timeoutMs)
      this.wake = () => {
        if (!done()) return
        clearTimeout(timer)
        this.wake = undefined
        resolve(true)
      }
    })
  }

  /** The first message, or undefined if the socket closed first. */
  async first(): Promise<Received | undefined> {
    await this.waitFor(() => this.messages.length > 0 || this.closeCode !== undefined)
    return this.messages[0]
  }

  /** Sends one frame; returns everything the server answered and the close code, or undefined after 5 s of silence. */
  async exchange(wire: Wire): Promise<{ messages: Received[]; closeCode: number | undefined } | undefined> {
    // Only the latest answer is kept, so long runs do not pile up memory.
    this.messages.length = 0
    const pongs = this.pongs
    if (wire.kind === 'text') this.ws.send(wire.text)
    else this.ws.send(wire.bytes, { binary: wire.kind === 'binary' })
    this.ws.ping()
    const answered = await this.waitFor(() => this.pongs > pongs || this.closeCode !== undefined)
    return answered ? { messages: [...this.messages], closeCode: this.closeCode } : undefined
  }

  async close(): Promise<void> {
    if (this.closeCode !== undefined) return
    this.ws.close()
    if (!(await this.waitFor(() => this.closeCode !== undefined))) this.ws.terminate()
  }
}
