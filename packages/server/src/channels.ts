import { type ChannelKind, channelKind, isCacheChannel } from './channelName'
import type { Connection } from './connection'
import { PresenceRoster } from './presence'

/** An occupied channel: it exists while it has subscribers. */
export class Channel {
  readonly kind: ChannelKind
  readonly cache: boolean
  readonly subscribers = new Set<Connection>()
  readonly roster: PresenceRoster | undefined

  constructor(readonly name: string) {
    this.kind = channelKind(name)
    this.cache = isCacheChannel(name)
    this.roster = this.kind === 'presence' ? new PresenceRoster() : undefined
  }
}

export interface CachedEvent {
  event: string
  data: string
  expiresAt: number
}

/** The last HTTP event of each cache channel, kept across vacancy until it expires. */
export class EventCache {
  private readonly entries = new Map<string, CachedEvent>()

  constructor(private readonly ttlMs: number) {}

  set(channel: string, event: string, data: string): void {
    this.entries.set(channel, { event, data, expiresAt: Date.now() + this.ttlMs })
  }

  get(channel: string): CachedEvent | undefined {
    const entry = this.entries.get(channel)
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(channel)
      return undefined
    }
    return entry
  }
}
