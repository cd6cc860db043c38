import { channelKind, channelNameProblem } from './channelName'
import { ServerInputError } from './errors'

export const MAX_EVENT_DATA_BYTES = 10 * 1024
export const MAX_CHANNELS_PER_EVENT = 100
export const MAX_EVENT_NAME_LENGTH = 200
const SOCKET_ID = /^\d+\.\d+$/

/** An event for subscribers, as the HTTP API's `/events` takes it (`data` already a string). */
export interface TriggeredEvent {
  channels: string[]
  name: string
  data: string
  /** Skip this connection (the sender's own socket). */
  socketId?: string
}

/** PROTOCOL.md §5's limits, shared by the HTTP API and `server.trigger()`. Throws a ServerInputError. */
export function checkEvent({ channels, name, data, socketId }: TriggeredEvent): void {
  if (typeof name !== 'string' || name === '') {
    throw new ServerInputError('invalid_event', 'Event "name" must be a non-empty string')
  }
  if (name.length > MAX_EVENT_NAME_LENGTH) {
    throw new ServerInputError(
      'invalid_event',
      `Event name is ${name.length} characters; at most ${MAX_EVENT_NAME_LENGTH}`,
    )
  }
  if (channels.length === 0) {
    throw new ServerInputError('invalid_channel', 'Event needs "channels" (an array) or "channel"')
  }
  if (channels.length > MAX_CHANNELS_PER_EVENT) {
    throw new ServerInputError(
      'invalid_channel',
      `Event names ${channels.length} channels; at most ${MAX_CHANNELS_PER_EVENT}`,
    )
  }
  for (const channel of channels) {
    const problem = channelNameProblem(channel)
    if (problem) throw new ServerInputError('invalid_channel', problem)
  }
  if (channels.length > 1 && channels.some((c) => channelKind(c) === 'encrypted')) {
    throw new ServerInputError(
      'invalid_channel',
      'Events to private-encrypted- channels must name exactly one channel',
    )
  }
  if (socketId !== undefined && !SOCKET_ID.test(socketId)) {
    throw new ServerInputError(
      'bad_request',
      `Invalid socket_id ${JSON.stringify(socketId)}: expected digits.digits`,
    )
  }
  const bytes = Buffer.byteLength(data)
  if (bytes > MAX_EVENT_DATA_BYTES) {
    throw new ServerInputError(
      'invalid_data',
      `Event data is ${bytes} bytes; at most ${MAX_EVENT_DATA_BYTES}`,
      413,
    )
  }
}
