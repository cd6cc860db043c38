import { control } from './controlClient'
import { liveChannels } from './liveChannels'
import { liveConfig } from './liveConfig'

/** Simulated members the connected stories open with, so their docs show a room rather than one person. */
const guests = [
  { id: 'ada', name: 'Ada Lovelace' },
  { id: 'grace', name: 'Grace Hopper' },
]

/** A loader: seats the guests in the live presence channel (when this Storybook has a control token). */
export async function seedRoom(): Promise<Record<string, never>> {
  const { controlUrl, controlToken } = liveConfig()
  if (!controlToken) return {}
  for (const guest of guests) {
    await control(controlUrl, 'POST', '/control/members', { channel: liveChannels.presence, ...guest })
  }
  return {}
}
