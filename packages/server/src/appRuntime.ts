import { isCacheChannel, USER_CHANNEL_PREFIX } from './channelName'
import { Channel, EventCache } from './channels'
import type { Connection, OutMessage, SignedInUser } from './connection'
import { CountThrottle } from './countThrottle'
import type { TriggeredEvent } from './events'
import type { PresenceMember } from './presence'
import type { AppConfig, ChannelInfo } from './types'
import type { WebhookSender } from './webhooks'

/** The live state of one app: connections, channels, signed-in users, cache and webhooks. */
export class AppRuntime {
  readonly connections = new Map<string, Connection>()
  readonly channels = new Map<string, Channel>()
  readonly users = new Map<string, Set<Connection>>()
  readonly cache: EventCache
  private readonly counts: CountThrottle
  /** Set by `close()`: the server is going away, and nothing more is sent. */
  private closed = false

  constructor(
    readonly config: AppConfig,
    readonly webhooks: WebhookSender,
    cacheTtlMs: number,
    countThrottleMs: number,
  ) {
    this.cache = new EventCache(cacheTtlMs)
    this.counts = new CountThrottle(countThrottleMs, (channel, count) => this.sendCount(channel, count))
  }

  get countsSubscriptions(): boolean {
    return this.config.subscriptionCount !== false
  }

  subscribe(connection: Connection, name: string, member?: PresenceMember): void {
    let channel = this.channels.get(name)
    if (!channel) {
      channel = new Channel(name)
      this.channels.set(name, channel)
    }
    if (channel.subscribers.has(connection)) {
      // A repeated subscribe only confirms again.
      this.sendSucceeded(connection, channel)
      return
    }
    channel.subscribers.add(connection)
    connection.subscriptions.set(name, member?.user_id)
    if (channel.kind === 'user') {
      this.sendSucceeded(connection, channel)
      return
    }
    if (channel.subscribers.size === 1 && !this.webhooks.rejoin(`vacated:${name}`)) {
      this.webhooks.send({ name: 'channel_occupied', channel: name })
    }
    const isNewMember = member !== undefined && channel.roster?.add(connection, member) === true
    this.sendSucceeded(connection, channel)
    if (member && isNewMember) {
      const data = JSON.stringify(member)
      this.broadcast(channel, { event: 'pusher_internal:member_added', channel: name, data }, connection)
      if (!this.webhooks.rejoin(`member:${name}:${member.user_id}`)) {
        this.webhooks.send({ name: 'member_added', channel: name, user_id: member.user_id })
      }
    }
    if (channel.cache) this.sendCached(connection, name)
    if (!channel.roster) this.countChanged(channel)
  }

  unsubscribe(connection: Connection, name: string): void {
    const channel = this.channels.get(name)
    if (!channel?.subscribers.has(connection)) return
    const userId = connection.subscriptions.get(name)
    channel.subscribers.delete(connection)
    connection.subscriptions.delete(name)
    if (channel.subscribers.size === 0) this.channels.delete(name)
    if (channel.kind === 'user') return
    if (channel.roster && userId !== undefined && channel.roster.remove(connection, userId)) {
      const data = JSON.stringify({ user_id: userId })
      this.broadcast(channel, { event: 'pusher_internal:member_removed', channel: name, data })
      this.webhooks.sendLeave(`member:${name}:${userId}`, {
        name: 'member_removed',
        channel: name,
        user_id: userId,
      })
    }
    if (!channel.roster) this.countChanged(channel)
    if (channel.subscribers.size === 0) {
      this.webhooks.sendLeave(`vacated:${name}`, { name: 'channel_vacated', channel: name })
    }
  }

  /** Delivers a checked event (HTTP API or `server.trigger`) to each of its channels. */
  trigger({ channels, name, data, socketId }: TriggeredEvent): void {
    for (const channel of channels) this.publish(channel, name, data, socketId)
  }

  /** Delivers an HTTP API event. `#server-to-user-{id}` goes to the user's signed-in connections. */
  publish(name: string, event: string, data: string, exceptSocketId?: string): void {
    if (this.closed) return
    const message = { event, channel: name, data }
    if (name.startsWith(USER_CHANNEL_PREFIX)) {
      for (const connection of this.users.get(name.slice(USER_CHANNEL_PREFIX.length)) ?? []) {
        if (connection.socketId !== exceptSocketId) connection.send(message)
      }
      return
    }
    const channel = this.channels.get(name)
    if (isCacheChannel(name)) this.cache.set(name, event, data)
    if (!channel) return
    for (const connection of channel.subscribers) {
      if (connection.socketId !== exceptSocketId) connection.send(message)
    }
  }

  broadcast(channel: Channel, message: OutMessage, except?: Connection): void {
    // While closing, the last sockets must not hear about the ones closed just before them.
    if (this.closed) return
    for (const connection of channel.subscribers) {
      if (connection !== except) connection.send(message)
    }
  }

  signIn(connection: Connection, user: SignedInUser): void {
    connection.user = user
    let connections = this.users.get(user.id)
    if (!connections) {
      connections = new Set()
      this.users.set(user.id, connections)
    }
    connections.add(connection)
    if (connections.size === 1) this.notifyWatchers(user.id, 'online')
  }

  disconnect(connection: Connection): void {
    connection.closed = true
    connection.stopTimers()
    if (this.connections.get(connection.socketId) !== connection) return
    this.connections.delete(connection.socketId)
    for (const name of [...connection.subscriptions.keys()]) this.unsubscribe(connection, name)
    const user = connection.user
    if (!user) return
    const connections = this.users.get(user.id)
    connections?.delete(connection)
    if (connections?.size === 0) {
      this.users.delete(user.id)
      this.notifyWatchers(user.id, 'offline')
    }
  }

  /** Closes every connection signed in as the user (presence-only connections stay). */
  terminateUser(userId: string): void {
    for (const connection of [...(this.users.get(userId) ?? [])]) {
      connection.fail(4009, 'You got disconnected by the app.')
    }
  }

  channelInfo(name: string): ChannelInfo | undefined {
    const channel = this.channels.get(name)
    if (!channel) return undefined
    const info: ChannelInfo = { subscriptionCount: channel.subscribers.size }
    if (channel.roster) {
      info.userCount = channel.roster.size
      info.members = channel.roster.snapshot()
    }
    return info
  }

  /** Public channels without the internal `#server-to-user-` ones. */
  occupiedChannels(): Channel[] {
    return [...this.channels.values()].filter((c) => c.kind !== 'user')
  }

  /** Stops webhooks and pending subscription counts: no timer outlives the server. */
  close(): void {
    this.closed = true
    this.webhooks.close()
    this.counts.close()
  }

  private sendSucceeded(connection: Connection, channel: Channel): void {
    const data = JSON.stringify(channel.roster ? channel.roster.toSubscriptionData() : {})
    connection.send({ event: 'pusher_internal:subscription_succeeded', channel: channel.name, data })
  }

  private sendCached(connection: Connection, name: string): void {
    const cached = this.cache.get(name)
    if (cached) {
      connection.send({ event: cached.event, channel: name, data: cached.data })
      return
    }
    connection.send({ event: 'pusher:cache_miss', channel: name })
    this.webhooks.send({ name: 'cache_miss', channel: name })
  }

  private countChanged(channel: Channel): void {
    if (this.countsSubscriptions) this.counts.changed(channel)
  }

  private sendCount(channel: Channel, count: number): void {
    const data = JSON.stringify({ subscription_count: count })
    this.broadcast(channel, { event: 'pusher_internal:subscription_count', channel: channel.name, data })
    this.webhooks.send({ name: 'subscription_count', channel: channel.name, subscription_count: count })
  }

  private notifyWatchers(userId: string, name: 'online' | 'offline'): void {
    const data = JSON.stringify({ events: [{ name, user_ids: [userId] }] })
    for (const connection of this.connections.values()) {
      if (connection.user?.watchlist.includes(userId)) {
        connection.send({ event: 'pusher_internal:watchlist_events', data })
      }
    }
  }
}
