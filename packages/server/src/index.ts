export { DEFAULT_ALLOWED_ORIGINS } from './access'
export { type ClientOptionsInput, clientOptions } from './client'
export { DEFAULT_APP } from './defaults'
export { ServerConfigError, ServerInputError, type ServerInputErrorCode } from './errors'
export { createFaultProxy, type FaultProxy, type FaultProxyOptions } from './faultProxy'
export { startServer } from './server'
export {
  encryptedSharedSecret,
  requestSigningString,
  signChannel,
  signRequest,
  signUser,
} from './signature'
export type { SimulatedMember, Simulator } from './simulate'
export type {
  AppConfig,
  ChannelInfo,
  ControlOptions,
  DevUser,
  Frame,
  LocalServer,
  Logger,
  ServerOptions,
  TriggerOptions,
  WebhookConfig,
  WebhookEventName,
} from './types'
export { waitForFrame } from './waitForFrame'
