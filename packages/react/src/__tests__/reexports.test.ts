import * as core from '@channelkit/core'
import { expect, it } from 'vitest'
import * as react from '../index'

it("re-exports every value of core's app API, so @channelkit/react alone is enough", () => {
  const ours = new Map(Object.entries(react))
  for (const [name, value] of Object.entries(core)) expect(ours.get(name), name).toBe(value)
})
