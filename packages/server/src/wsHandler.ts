import { randomInt } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { RawData, WebSocket } from 'ws'
import type { AppRuntime } from './appRuntime'
import { channelNameProblem } from './channelName'
import { handleClientEvent } from './clientEvents'
import { CLOSE_GRACE_MS, Connection, closeReason, unref } from './connection'
import { decodeSegment } from './httpUtils'
import { jsonTooDeep, MAX_JSON_DEPTH } from './jsonDepth'
import { handleSignin } from './signin'
import { handleSubscribe } from './subscribe'
import type { Frame, Logger } from './types'

export const PROTOCOL_VERSION = 7

export interface WsContext {
  appByKey(key: string): AppRuntime | undefined
  activityTimeout: number
  pongTimeoutMs: number
  maxBufferedBytes: number
  maxFrameBytes: number
  userAuthenticationTimeout: number
  emitFrame(frame: Frame): void
  logger: Logger
}

/** Sends the fatal error the protocol asks for before the socket has a connection. */
export function refuse(socket: WebSocket, code: number, message: string): void {
  socket.send(JSON.stringify({ event: 'pusher:error', data: { code, message } }))
  socket.close(code, closeReason(message))
  const grace = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS)
  unref(grace)
  socket.once('close', () => clearTimeout(grace))
}

export function newSocketId(app: AppRuntime): string {
  for (;;) {
    const id = `${randomInt(1, 2 ** 40)}.${randomInt(1, 2 ** 40)}`
    if (!app.connections.has(id)) return id
  }
}

export function acceptSocket(context: WsContext, socket: WebSocket, request: IncomingMessage) {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const match = /^(?:\/[^/]+)*\/app\/([^/]+)$/.exec(url.pathname)
  if (!match?.[1]) return refuse(socket, 4005, `Path not found: ${url.pathname} (expected /app/{key})`)
  const key = decodeSegment(match[1]) ?? match[1]
  const app = context.appByKey(key)
  if (!app) return refuse(socket, 4001, `App key ${key} does not exist.`)
  const protocol = url.searchParams.get('protocol')
  if (protocol === null || protocol === '') return refuse(socket, 4008, 'No protocol version supplied')
  if (!/^\d+$/.test(protocol)) return refuse(socket, 4006, `Invalid version string format: ${protocol}`)
  if (Number(protocol) !== PROTOCOL_VERSION) {
    return refuse(
      socket,
      4007,
      `Unsupported protocol version ${protocol}; this server speaks ${PROTOCOL_VERSION}`,
    )
  }
  const limit = app.config.maxConnections
  if (limit !== undefined && app.connections.size >= limit) {
    return refuse(socket, 4004, `Over connection quota (${limit} connections)`)
  }

  const socketId = newSocketId(app)
  const connection = new Connection(
    socket,
    socketId,
    app.config.id,
    {
      activityTimeoutMs: context.activityTimeout * 1000,
      pongTimeoutMs: context.pongTimeoutMs,
      maxBufferedBytes: context.maxBufferedBytes,
    },
    context.emitFrame,
  )
  connection.onGone = () => app.disconnect(connection)
  app.connections.set(socketId, connection)
  socket.on('message', (raw, isBinary) => {
    try {
      onMessage(context, app, connection, raw, isBinary)
    } catch (error) {
      // A bug must cost one message, not the process.
      context.logger.error(`[channelkit] message from ${socketId} failed: ${String(error)}`)
      connection.error(null, 'Internal server error while handling this message')
    }
  })
  socket.on('close', () => app.disconnect(connection))
  socket.on('error', () => app.disconnect(connection))
  connection.send({
    event: 'pusher:connection_established',
    data: JSON.stringify({ socket_id: socketId, activity_timeout: context.activityTimeout }),
  })
  connection.touch()
  if (app.config.userAuthentication) connection.requireAuthorization(context.userAuthenticationTimeout)
}

function onMessage(
  context: WsContext,
  app: AppRuntime,
  connection: Connection,
  raw: RawData,
  isBinary: boolean,
) {
  connection.touch()
  if (isBinary) return connection.error(null, 'Binary frames are not supported: send JSON text frames')
  const text = raw.toString()
  const bytes = Buffer.byteLength(text)
  if (bytes > context.maxFrameBytes) {
    return connection.error(null, `Message too large: ${bytes} bytes, at most ${context.maxFrameBytes}`)
  }
  let message: unknown
  try {
    message = JSON.parse(text)
  } catch {
    return connection.error(null, 'Malformed message: not valid JSON')
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return connection.error(null, 'Malformed message: expected a JSON object {event, channel?, data?}')
  }
  if (jsonTooDeep(message)) {
    return connection.error(null, `Malformed message: nested more than ${MAX_JSON_DEPTH} levels deep`)
  }
  const { event, channel, data } = message as { event?: unknown; channel?: unknown; data?: unknown }
  if (typeof event !== 'string' || event === '') {
    return connection.error(null, 'Malformed message: "event" must be a non-empty string')
  }
  context.emitFrame({
    direction: 'in',
    socketId: connection.socketId,
    appId: app.config.id,
    event,
    ...(typeof channel === 'string' ? { channel } : {}),
    ...(data === undefined ? {} : { data }),
  })
  switch (event) {
    case 'pusher:ping':
      return connection.send({ event: 'pusher:pong', data: {} })
    case 'pusher:pong':
      return
    case 'pusher:subscribe':
      return handleSubscribe(app, connection, data)
    case 'pusher:unsubscribe': {
      const name = (data as { channel?: unknown } | null)?.channel
      if (typeof data !== 'object' || channelNameProblem(name) || typeof name !== 'string') {
        return connection.error(null, 'pusher:unsubscribe needs data {channel} with a valid channel name')
      }
      return app.unsubscribe(connection, name)
    }
    case 'pusher:signin':
      return handleSignin(app, connection, data)
  }
  if (event.startsWith('client-')) return handleClientEvent(app, connection, { event, channel, data })
  connection.error(null, `Unsupported event received: ${event}`)
}
