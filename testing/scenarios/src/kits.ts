import { type ChannelKit, type ChannelKitOptions, createChannelKit } from '@channelkit/core'
import type { LocalServer } from '@channelkit/server'
import { type Fixture, type FixtureOptions, fixture, type Live, liveServer } from '@channelkit/test-utils'

type KitFixtureOptions = Omit<FixtureOptions<ChannelKit, ChannelKitOptions>, 'createKit'>

/** test-utils' `liveServer()` whose `kit()` makes ChannelKits. */
export const liveKits = (options: KitFixtureOptions = {}): Live<ChannelKit, ChannelKitOptions> =>
  liveServer({ ...options, createKit: createChannelKit })

/** test-utils' `fixture()` whose `kit()` makes ChannelKits. */
export const kitFixture = (
  server?: () => LocalServer,
  options: KitFixtureOptions = {},
): Fixture<ChannelKit, ChannelKitOptions> => fixture(server, { ...options, createKit: createChannelKit })
