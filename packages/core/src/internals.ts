import type Pusher from 'pusher-js'
import { version } from '../package.json'
import type { Channel, KitCore } from './channel'
import { ChannelKitError } from './errors'
import type { ChannelKit, HydratableStore, ReadableStore } from './types'

/** What the adapter face and the stores built on a kit reach, never the app. */
export interface KitInternals {
  /** The channel named `name`, made (not held) when needed; undefined where the kit never connects. */
  channel(name: string): Channel | undefined
  /** The channel named `name` if the kit has it now. */
  peek(name: string): Channel | undefined
  /** What the channels share, once the client exists (for core/devtools; `_`: shortened in builds). */
  _core(): KitCore | undefined
  /** Why `name` cannot be used (a bad name, not presence, a destroyed kit), or undefined. */
  refusal(name: string, presence: boolean): ChannelKitError | undefined
  /** Sends an error with nowhere else to go to `onError` (default `console.error`). */
  report(error: ChannelKitError): void
  /** Where the kit does not connect (SSR): stores keep their initial snapshots. */
  readonly server: boolean
  /** Reports (once) that this kit never connects, when something asked it to. */
  tellServer(channel?: string): void
  /** Why nothing can be sent on `channel` here: the kit never connects (SSR) or was destroyed. */
  noClient(channel: string): ChannelKitError
  /** The pusher-js client, made now if needed; undefined where the kit never connects. */
  client(): Pusher | undefined
  /** Runs `attach` with the client once it exists (at once if it does); its result runs on destroy. */
  onClient(attach: (client: Pusher) => () => void): void
  /** `store` as a kit-level store: its first subscriber makes (and so connects) the client. */
  connecting<T>(store: ReadableStore<T>, initial: T): HydratableStore<T>
}

const internals = new WeakMap<object, KitInternals>()
// Readable by every copy of @channelkit/core, so a kit from another copy can be named.
const VERSION = Symbol.for('channelkit.core.version')

export function register(kit: ChannelKit, inner: KitInternals): ChannelKit {
  internals.set(kit, inner)
  Object.defineProperty(kit, VERSION, { value: version })
  return kit
}

/** The internals of `kit`, or a `version_mismatch` / `invalid_options` error naming what was passed. */
export function internalsOf(kit: ChannelKit): KitInternals {
  const found = internals.get(kit)
  if (found) return found
  const other = (kit as unknown as Record<symbol, unknown> | null)?.[VERSION]
  if (typeof other === 'string') {
    throw new ChannelKitError(
      'version_mismatch',
      process.env.NODE_ENV !== 'production' &&
        `This kit was made by another copy of @channelkit/core (${other}) than the one in use here (${version}). An app must hold one copy: install matching versions of the @channelkit packages and check \`npm ls @channelkit/core\` (or \`pnpm why @channelkit/core\`).`,
      { package: '@channelkit/core', versions: [other, version] },
    )
  }
  throw new ChannelKitError(
    'invalid_options',
    process.env.NODE_ENV !== 'production' &&
      `Expected a kit from createChannelKit(), got ${kit === null ? 'null' : typeof kit}.`,
    { value: kit },
  )
}
