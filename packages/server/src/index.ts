export { DEFAULT_APP } from './defaults'
export { ServerConfigError } from './errors'
export { createHoldingProxy, type HoldingProxy, type HoldingProxyOptions } from './holding-proxy'
export { startServer } from './server'
export {
  encryptedSharedSecret,
  requestSigningString,
  signChannel,
  signRequest,
  signUser,
} from './signature'
export type {
  AppConfig,
  ChannelInfo,
  DevUser,
  Frame,
  LocalServer,
  Logger,
  ServerOptions,
  WebhookConfig,
  WebhookEventName,
} from './types'
export { waitForFrame } from './wait-for-frame'
