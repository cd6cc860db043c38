import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Pusher from 'pusher'
import type { Options as PusherJsOptions } from 'pusher-js'
import { WebSocketServer } from 'ws'
import {
  type AccessPolicy,
  accessProblem,
  DEFAULT_ALLOWED_ORIGINS,
  isLoopbackName,
  normalizeOrigin,
  setCors,
} from './access'
import { AppRuntime } from './appRuntime'
import { channelKind } from './channelName'
import { clientOptions } from './client'
import { CONTROL_PATH, controlHandler } from './control'
import {
  DEFAULT_ACTIVITY_TIMEOUT,
  DEFAULT_APP,
  DEFAULT_COUNT_THROTTLE_MS,
  DEFAULT_HOST,
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MAX_FRAME_BYTES,
  DEFAULT_PONG_TIMEOUT,
  DEFAULT_WEBHOOK_CONCURRENCY,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
} from './defaults'
import { handleDevAuth } from './devAuth'
import { devPage } from './devPage'
import { encryptEventData } from './encrypt'
import { ServerConfigError, ServerInputError } from './errors'
import { checkEvent } from './events'
import { handleApi } from './httpApi'
import { sendError } from './httpUtils'
import { createSimulator, type Simulator } from './simulate'
import type {
  AppConfig,
  ChannelInfo,
  DevUser,
  Frame,
  LocalServer,
  Logger,
  ServerOptions,
  TriggerOptions,
} from './types'
import { validateOptions } from './validateOptions'
import { WebhookSender } from './webhooks'
import { acceptSocket, refuse } from './wsHandler'

const silent: Logger = { info() {}, warn() {}, error() {} }
const CLOSE_GRACE_MS = 250

/** Throws when the server would listen beyond loopback with a secret anyone can read in the README. */
function refusePublishedSecret(host: string, apps: AppConfig[]): void {
  const app = apps.find((a) => a.secret === DEFAULT_APP.secret)
  if (!app) return
  const where = host || 'every interface'
  throw new ServerConfigError(
    `Refusing to listen on ${where} with the published development secret of app ${app.id}: anyone who can reach this machine could sign API requests and subscriptions with it. Give the app a secret of your own: startServer({ host, apps: [{ ...DEFAULT_APP, secret }] }), or channelkit-server --host ${host || '0.0.0.0'} --secret <secret> (e.g. "$(openssl rand -hex 16)").`,
  )
}

const devAuthOff = (host: string) =>
  `The dev auth endpoint is off: this server listens on ${host || 'every interface'}, where anyone could use it to sign in as anyone. Sign subscriptions with your own auth endpoint, or turn it on anyway with devAuth: true (channelkit-server --dev-auth).`

/** Starts a local Pusher Channels (protocol 7) server: WebSocket, HTTP API, webhooks, dev auth. */
export async function startServer(options: ServerOptions = {}): Promise<LocalServer> {
  const configs = (options.apps ?? [DEFAULT_APP]).map((app) => ({ ...app }))
  validateOptions(options, configs)
  const host = options.host ?? DEFAULT_HOST
  const loopback = isLoopbackName(host)
  if (!loopback) refusePublishedSecret(host, configs)
  // A fixed development key would be public; one per run keeps encrypted channels private to this run.
  const masterKey = options.encryptionMasterKeyBase64 ?? randomBytes(32).toString('base64')
  for (const config of configs) config.encryptionMasterKeyBase64 ??= masterKey
  const first = configs[0] as AppConfig
  if (options.webhooks?.length) first.webhooks = [...(first.webhooks ?? []), ...options.webhooks]
  const logger = options.logger ?? silent
  const activityTimeout = options.activityTimeout ?? DEFAULT_ACTIVITY_TIMEOUT
  const maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES
  const devAuth = options.devAuth ?? loopback
  const timing = {
    batchMs: options.webhookBatchMs ?? 50,
    leaveDelayMs: options.webhookLeaveDelayMs ?? 0,
    maxAttempts: options.webhookMaxAttempts ?? 5,
    retryMs: options.webhookRetryMs ?? 200,
    timeoutMs: options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
    concurrency: options.webhookConcurrency ?? DEFAULT_WEBHOOK_CONCURRENCY,
  }
  const apps = configs.map(
    (config) =>
      new AppRuntime(
        config,
        new WebhookSender(config.key, config.secret, config.webhooks ?? [], timing, logger),
        (options.cacheTtl ?? 1800) * 1000,
        options.subscriptionCountThrottleMs ?? DEFAULT_COUNT_THROTTLE_MS,
      ),
  )
  const defaultApp = apps[0] as AppRuntime
  const appById = (id: string) => apps.find((app) => app.config.id === id)
  const appByKey = (key: string) => apps.find((app) => app.config.key === key)
  const appFor = (id?: string) => {
    if (id === undefined) return defaultApp
    const app = appById(id)
    if (!app)
      throw new RangeError(`Unknown app id ${id}; this server has ${apps.map((a) => a.config.id).join(', ')}`)
    return app
  }

  const frameListeners = new Set<(frame: Frame) => void>()
  const emitFrame = (frame: Frame) => {
    for (const listener of frameListeners) {
      try {
        listener(frame)
      } catch (error) {
        logger.error(`[channelkit] onFrame listener threw: ${String(error)}`)
      }
    }
  }

  // Clients cannot connect to a wildcard address; point them at loopback.
  const clientHost = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host
  let port = options.port ?? 0
  let url = ''

  const sdks = new Map<AppRuntime, Pusher>()
  const sdkFor = (app: AppRuntime) => {
    let sdk = sdks.get(app)
    if (!sdk) {
      const { id, key, secret, encryptionMasterKeyBase64 } = app.config
      sdk = new Pusher({
        appId: id,
        key,
        secret,
        host: clientHost,
        port: String(port),
        useTLS: false,
        ...(encryptionMasterKeyBase64 ? { encryptionMasterKeyBase64 } : {}),
      })
      sdks.set(app, sdk)
    }
    return sdk
  }

  const simulators = new Map<AppRuntime, Simulator>()
  const simulator = (appId?: string) => {
    const app = appFor(appId)
    let simulate = simulators.get(app)
    if (!simulate) {
      simulate = createSimulator(app)
      simulators.set(app, simulate)
    }
    return simulate
  }

  const trigger = (
    channels: string | string[],
    event: string,
    data: unknown = {},
    { socketId, appId }: TriggerOptions = {},
  ) => {
    const app = appFor(appId)
    const names = typeof channels === 'string' ? [channels] : channels
    if (!Array.isArray(names)) {
      throw new ServerInputError('invalid_channel', 'channels must be a channel name or an array of them')
    }
    let encoded: string | undefined
    try {
      encoded = typeof data === 'string' ? data : JSON.stringify(data)
    } catch (error) {
      throw new ServerInputError('invalid_data', `Event data must be JSON-encodable: ${String(error)}`)
    }
    if (encoded === undefined) throw new ServerInputError('invalid_data', 'Event data must be JSON-encodable')
    const triggered = { channels: names, name: event, data: encoded, ...(socketId ? { socketId } : {}) }
    checkEvent(triggered)
    const [only] = names
    const masterKey = app.config.encryptionMasterKeyBase64
    if (names.length === 1 && only && channelKind(only) === 'encrypted' && masterKey) {
      // Encrypted as the SDK does it; the 10 KB limit applies to what goes on the wire.
      triggered.data = encryptEventData(only, masterKey, encoded)
      checkEvent(triggered)
    }
    app.trigger(triggered)
  }

  const control =
    options.control === undefined || options.control === false
      ? undefined
      : {
          token:
            (typeof options.control === 'object' ? options.control.token : undefined) ??
            randomBytes(24).toString('base64url'),
        }
  const handleControl =
    control &&
    controlHandler({
      token: control.token,
      simulate: simulator(),
      trigger: (channels, event, data, opts) => trigger(channels, event, data, opts),
    })

  const policy: AccessPolicy = {
    origins: new Set([
      ...DEFAULT_ALLOWED_ORIGINS,
      ...(options.allowedOrigins ?? []).map((origin) => normalizeOrigin(origin) as string),
    ]),
    loopbackOnly: loopback,
  }
  // One warning per refused origin or host: the developer learns the fix, an attacker cannot flood the log.
  const warned = new Set<string>()
  const refused = (problem: string) => {
    if (warned.size < 100 && !warned.has(problem)) {
      warned.add(problem)
      logger.warn(`[channelkit] refused: ${problem}`)
    }
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const problem = accessProblem(policy, request)
    if (problem) {
      refused(problem)
      return sendError(response, 403, problem)
    }
    setCors(request, response)
    const requestUrl = new URL(request.url ?? '/', 'http://localhost')
    const path = requestUrl.pathname
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end()
      return
    }
    if (path.startsWith('/apps/')) return handleApi(appById, request, response, requestUrl)
    if (request.method === 'POST' && (path === '/pusher/auth' || path === '/pusher/user-auth')) {
      if (!devAuth) return sendError(response, 403, devAuthOff(host))
      const kind = path === '/pusher/auth' ? 'channel' : 'user'
      return handleDevAuth({ defaultApp, appByKey, sdkFor }, kind, request, response, requestUrl)
    }
    if (handleControl && (path === CONTROL_PATH || path.startsWith(`${CONTROL_PATH}/`))) {
      return handleControl(request, response, requestUrl)
    }
    if (request.method === 'GET' && path === '/' && options.devPage) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(devPage(url, apps))
      return
    }
    sendError(response, 404, `Not found: ${request.method} ${path}`)
  }

  const httpServer = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // The client hung up mid-request: there is no one to answer, and nothing went wrong here.
      if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') return response.destroy()
      logger.error(`[channelkit] ${request.method} ${request.url} failed: ${String(error)}`)
      if (!response.headersSent) sendError(response, 500, 'Internal server error')
      else response.destroy()
    })
  })
  // Frames a little over maxFrameBytes get a pusher:error; far bigger ones close the socket (1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: Math.max(maxFrameBytes * 16, 1024 * 1024) })
  const wsContext = {
    appByKey,
    activityTimeout,
    pongTimeoutMs: (options.pongTimeout ?? DEFAULT_PONG_TIMEOUT) * 1000,
    maxBufferedBytes: options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES,
    maxFrameBytes,
    userAuthenticationTimeout: options.userAuthenticationTimeout ?? 30_000,
    emitFrame,
    logger,
  }
  httpServer.on('upgrade', (request, socket, head) => {
    const problem = accessProblem(policy, request)
    if (problem) refused(problem)
    wss.handleUpgrade(request, socket, head, (ws) => {
      try {
        // Refused after the upgrade, so pusher-js reports the reason instead of retrying a failed socket.
        if (problem) return refuse(ws, 4009, problem)
        acceptSocket(wsContext, ws, request)
      } catch (error) {
        logger.error(`[channelkit] WebSocket upgrade ${request.url} failed: ${String(error)}`)
        ws.terminate()
      }
    })
  })

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? // keeps the code, so dev integrations (the Vite plugin, the Nuxt module) can reuse that server
            Object.assign(
              new ServerConfigError(
                `Port ${port} is already in use on ${host}: choose another port (0 picks a free one)`,
              ),
              { code: 'EADDRINUSE' as const },
            )
          : error,
      )
    }
    httpServer.once('error', onError)
    httpServer.listen(port, host, () => {
      httpServer.off('error', onError)
      resolve()
    })
  })
  port = (httpServer.address() as AddressInfo).port
  url = `http://${clientHost.includes(':') ? `[${clientHost}]` : clientHost}:${port}`

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      // Stop accepting first, so nothing connects to a server that is going away.
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()))
      for (const app of apps) app.close()
      const sockets = [...wss.clients]
      // 4200 is what Pusher sends when it restarts: pusher-js reconnects at once. If nothing listens
      // by then, pusher-js waits out its 15 s connection timeout before the next try.
      for (const app of apps)
        for (const connection of [...app.connections.values()]) connection.close(4200, 'Server closing')
      await Promise.race([
        Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once('close', resolve)))),
        new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS)),
      ])
      for (const socket of wss.clients) socket.terminate()
      wss.close()
      httpServer.closeAllConnections()
      await stopped
    })()
    return closing
  }

  return {
    port,
    host,
    url,
    app: first,
    apps: configs,
    wsOptions(opts: { user?: DevUser; appKey?: string } = {}): PusherJsOptions {
      const app = opts.appKey === undefined ? defaultApp : appByKey(opts.appKey)
      if (!app) throw new RangeError(`Unknown app key ${opts.appKey}`)
      return clientOptions({ url, appKey: app.config.key, user: opts.user })
    },
    pusher: (appId?: string) => sdkFor(appFor(appId)),
    onFrame(listener) {
      frameListeners.add(listener)
      return () => {
        frameListeners.delete(listener)
      }
    },
    connectionCount: (appId?: string) => appFor(appId).connections.size,
    channels(appId?: string) {
      const app = appFor(appId)
      const result = new Map<string, ChannelInfo>()
      for (const channel of app.occupiedChannels()) {
        const info = app.channelInfo(channel.name)
        if (info) result.set(channel.name, info)
      }
      return result
    },
    trigger,
    simulate: simulator(),
    simulator,
    control: control && { url: `${url}${CONTROL_PATH}`, token: control.token },
    close,
  }
}
