import { hmacHex } from './signature'
import type { Logger, WebhookConfig, WebhookEventName } from './types'

export interface WebhookEvent {
  name: WebhookEventName
  channel: string
  [field: string]: unknown
}

export interface WebhookTiming {
  batchMs: number
  leaveDelayMs: number
  maxAttempts: number
  retryMs: number
  /** An attempt that takes longer fails (and is retried like a network error). */
  timeoutMs: number
  /** Attempts in flight per target; more wait in its queue. */
  concurrency: number
}

/** Bodies waiting for a free slot, per target; past it the oldest is dropped (the receiver is stuck anyway). */
const MAX_QUEUED = 1000

interface Lane {
  running: number
  waiting: (() => void)[]
}

/** Batches, signs, delivers and retries one app's webhooks. */
export class WebhookSender {
  private queue: WebhookEvent[] = []
  private batchTimer: NodeJS.Timeout | undefined
  private readonly pendingLeaves = new Map<string, NodeJS.Timeout>()
  private readonly retryTimers = new Set<NodeJS.Timeout>()
  private readonly aborter = new AbortController()
  /** One lane per target: a hanging receiver holds at most `concurrency` sockets. */
  private readonly lanes = new Map<WebhookConfig, Lane>()

  constructor(
    private readonly key: string,
    private readonly secret: string,
    private readonly targets: WebhookConfig[],
    private readonly timing: WebhookTiming,
    private readonly logger: Logger,
  ) {}

  get enabled(): boolean {
    return this.targets.length > 0
  }

  send(event: WebhookEvent): void {
    if (!this.enabled || this.aborter.signal.aborted) return
    this.queue.push(event)
    this.batchTimer ??= setTimeout(() => this.flush(), this.timing.batchMs)
  }

  /** `channel_vacated` / `member_removed` wait `leaveDelayMs`; `rejoin(key)` cancels them. */
  sendLeave(key: string, event: WebhookEvent) {
    if (!this.enabled) return
    if (this.timing.leaveDelayMs <= 0) return this.send(event)
    clearTimeout(this.pendingLeaves.get(key))
    const timer = setTimeout(() => {
      this.pendingLeaves.delete(key)
      this.send(event)
    }, this.timing.leaveDelayMs)
    this.pendingLeaves.set(key, timer)
  }

  /** True when a pending leave was cancelled, so the matching join must not be sent either. */
  rejoin(key: string): boolean {
    const timer = this.pendingLeaves.get(key)
    if (!timer) return false
    clearTimeout(timer)
    this.pendingLeaves.delete(key)
    return true
  }

  close(): void {
    this.aborter.abort()
    clearTimeout(this.batchTimer)
    for (const timer of this.pendingLeaves.values()) clearTimeout(timer)
    for (const timer of this.retryTimers) clearTimeout(timer)
    this.pendingLeaves.clear()
    this.retryTimers.clear()
    this.lanes.clear()
    this.queue = []
  }

  /** Runs `attempt` when the target has a free slot. */
  private enqueue(target: WebhookConfig, attempt: () => Promise<void>): void {
    let lane = this.lanes.get(target)
    if (!lane) {
      lane = { running: 0, waiting: [] }
      this.lanes.set(target, lane)
    }
    const current = lane
    const run = () => {
      current.running += 1
      void attempt().finally(() => {
        current.running -= 1
        current.waiting.shift()?.()
      })
    }
    if (current.running < this.timing.concurrency) {
      run()
      return
    }
    if (current.waiting.length >= MAX_QUEUED) {
      current.waiting.shift()
      this.logger.warn(
        `[channelkit] webhook to ${target.url}: over ${MAX_QUEUED} deliveries waiting, dropped the oldest`,
      )
    }
    current.waiting.push(run)
  }

  private flush(): void {
    this.batchTimer = undefined
    const events = this.queue
    this.queue = []
    for (const target of this.targets) {
      const wanted = target.events ? events.filter((e) => target.events?.includes(e.name)) : events
      if (wanted.length === 0) continue
      const body = JSON.stringify({ time_ms: Date.now(), events: wanted })
      this.enqueue(target, () => this.deliver(target, body, 1))
    }
  }

  private async deliver(target: WebhookConfig, body: string, attempt: number): Promise<void> {
    if (this.aborter.signal.aborted) return
    let problem: string
    const timeout = AbortSignal.timeout(this.timing.timeoutMs)
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        body,
        signal: AbortSignal.any([this.aborter.signal, timeout]),
        headers: {
          ...target.headers,
          // Exactly this: the Node SDK rejects `application/json; charset=utf-8`.
          'Content-Type': 'application/json',
          'X-Pusher-Key': this.key,
          'X-Pusher-Signature': hmacHex(this.secret, body),
        },
      })
      await response.arrayBuffer().catch(() => undefined)
      if (response.ok) return
      problem = `status ${response.status}`
    } catch (error) {
      if (this.aborter.signal.aborted) return
      problem = timeout.aborted
        ? `no answer within ${this.timing.timeoutMs} ms`
        : error instanceof Error
          ? error.message
          : String(error)
    }
    if (attempt >= this.timing.maxAttempts) {
      this.logger.warn(`[channelkit] webhook to ${target.url} dropped after ${attempt} attempts (${problem})`)
      return
    }
    const timer = setTimeout(
      () => {
        this.retryTimers.delete(timer)
        this.enqueue(target, () => this.deliver(target, body, attempt + 1))
      },
      this.timing.retryMs * 2 ** (attempt - 1),
    )
    this.retryTimers.add(timer)
  }
}
