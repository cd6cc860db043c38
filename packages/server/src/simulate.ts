import type { AppRuntime } from './appRuntime'
import { channelKind, channelNameProblem } from './channelName'
import { checkClientEvent, relayClientEvent } from './clientEvents'
import { Connection } from './connection'
import { ServerInputError } from './errors'
import { MAX_PRESENCE_MEMBERS, parsePresenceMember } from './presence'
import type { Frame } from './types'
import { newSocketId } from './wsHandler'

/** A simulated presence member: who it is, as every subscriber sees it. */
export interface SimulatedMember {
  id: string
  info?: unknown
}

/**
 * Simulated presence members, played inside the server: no socket, no pusher-js. To every real client
 * they are members like any other (`member_added`, the roster, the HTTP API, webhooks), and their client
 * events carry their `user_id`. Every method is synchronous: when it returns, the frames are sent.
 * Bad input throws a `ServerInputError` whose `code` names the rule.
 */
export interface Simulator {
  /**
   * The member joins a presence channel. Joining again with the same id changes nothing. A real
   * client signed in with the same id is the same member (the roster counts a user once).
   */
  join(channel: string, member: { id: string | number; info?: unknown }): SimulatedMember
  /** The member leaves: `member_removed` goes out unless the same user is also there for real. */
  leave(channel: string, id: string | number): void
  /** The simulated members of a presence channel, in the order they joined. */
  members(channel: string): SimulatedMember[]
  /** The member sends a client event (`client-…`) to every other subscriber, as pusher-js would. */
  clientEvent(channel: string, id: string | number, event: string, data?: unknown): void
  /** The member starts (or with `false` stops) typing: `client-typing {typing}`, as ChannelKit's `typing()` sends it. */
  typing(channel: string, id: string | number, typing?: boolean): void
  /** Every simulated member leaves (of one channel, or of all). */
  reset(channel?: string): void
}

interface Simulated {
  member: SimulatedMember
  connection: Connection
}

const noFrames = (_frame: Frame) => {}
const NO_LIMITS = { activityTimeoutMs: 0, pongTimeoutMs: 0, maxBufferedBytes: Number.POSITIVE_INFINITY }

/** The member as presence `channel_data`, detached from the caller's object (info is JSON on the wire anyway). */
function asChannelData(member: unknown): unknown {
  if (typeof member !== 'object' || member === null) {
    throw new ServerInputError('invalid_member', 'A member is an object { id, info? }.')
  }
  const { id, info } = member as { id?: unknown; info?: unknown }
  let copy: unknown
  try {
    copy = info === undefined ? undefined : JSON.parse(JSON.stringify(info))
  } catch (error) {
    throw new ServerInputError('invalid_member', `member info must be JSON-encodable: ${String(error)}`)
  }
  return copy === undefined ? { user_id: id } : { user_id: id, user_info: copy }
}

function presenceChannel(channel: unknown): string {
  const problem = channelNameProblem(channel)
  if (problem) throw new ServerInputError('invalid_channel', problem)
  if (channelKind(channel as string) !== 'presence') {
    throw new ServerInputError(
      'invalid_channel',
      `Simulated members join presence channels: ${JSON.stringify(channel)} must start with "presence-".`,
    )
  }
  return channel as string
}

export function createSimulator(app: AppRuntime): Simulator {
  /** channel → member id → simulated member */
  const byChannel = new Map<string, Map<string, Simulated>>()

  const find = (channel: string, id: string | number): Simulated => {
    const simulated = byChannel.get(presenceChannel(channel))?.get(String(id))
    if (!simulated) {
      throw new ServerInputError(
        'unknown_member',
        `No simulated member ${JSON.stringify(String(id))} on ${channel}.`,
      )
    }
    return simulated
  }

  const leave = (channel: string, id: string | number) => {
    const { connection, member } = find(channel, id)
    app.unsubscribe(connection, channel)
    const members = byChannel.get(channel)
    members?.delete(member.id)
    if (members?.size === 0) byChannel.delete(channel)
  }

  const clientEvent = (channel: string, id: string | number, event: string, data?: unknown) => {
    const { connection } = find(channel, id)
    if (typeof event !== 'string' || !event.startsWith('client-')) {
      throw new ServerInputError(
        'invalid_event',
        `Client events are named client-…, got ${JSON.stringify(event)}.`,
      )
    }
    let encoded: string | undefined
    try {
      encoded = data === undefined ? undefined : JSON.stringify(data)
    } catch (error) {
      throw new ServerInputError('invalid_data', `Event data must be JSON-encodable: ${String(error)}`)
    }
    const message = { event, channel, data: encoded === undefined ? undefined : JSON.parse(encoded) }
    const target = checkClientEvent(app, connection, message)
    if ('reason' in target) {
      const tooBig = target.reason === 'invalid_data'
      throw new ServerInputError(target.reason, target.message, tooBig ? 413 : undefined)
    }
    relayClientEvent(app, connection, target, message)
  }

  return {
    join(channel, candidate) {
      presenceChannel(channel)
      const parsed = parsePresenceMember(asChannelData(candidate))
      if (typeof parsed === 'string') {
        throw new ServerInputError(
          'invalid_member',
          parsed
            .replace('channel_data.user_id', 'member id')
            .replace('channel_data.user_info', 'member info'),
        )
      }
      const member: SimulatedMember =
        parsed.user_info === undefined
          ? { id: parsed.user_id }
          : { id: parsed.user_id, info: parsed.user_info }
      const members = byChannel.get(channel) ?? new Map<string, Simulated>()
      const existing = members.get(member.id)
      if (existing) return existing.member
      const roster = app.channels.get(channel)?.roster
      if (roster && roster.size >= MAX_PRESENCE_MEMBERS && !roster.has(member.id)) {
        throw new ServerInputError(
          'channel_full',
          `Presence channel ${channel} is full (${MAX_PRESENCE_MEMBERS} members).`,
        )
      }
      const connection = new Connection(undefined, newSocketId(app), app.config.id, NO_LIMITS, noFrames)
      connection.authorized = true
      byChannel.set(channel, members.set(member.id, { member, connection }))
      app.subscribe(connection, channel, parsed)
      return member
    },
    leave,
    members: (channel) => [...(byChannel.get(presenceChannel(channel))?.values() ?? [])].map((s) => s.member),
    clientEvent,
    typing: (channel, id, typing = true) => clientEvent(channel, id, 'client-typing', { typing }),
    reset(channel) {
      const channels = channel === undefined ? [...byChannel.keys()] : [presenceChannel(channel)]
      for (const name of channels) {
        for (const id of [...(byChannel.get(name)?.keys() ?? [])]) leave(name, id)
      }
    },
  }
}
