import * as core from '@channelkit/core'
import { expect, it } from 'vitest'
import * as vue from '../index'

it("re-exports every value of core's app API, so @channelkit/vue alone is enough", () => {
  const ours = new Map(Object.entries(vue))
  for (const [name, value] of Object.entries(core)) expect(ours.get(name), name).toBe(value)
})
