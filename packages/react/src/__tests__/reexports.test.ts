import * as core from '@channelkit/core'
import { expect, it } from 'vitest'
import * as react from '../index'

it("re-exports every value of core's app API, so @channelkit/react alone is enough", () => {
  for (const name of Object.keys(core))
    expect(react[name as keyof typeof react], name).toBe(core[name as keyof typeof core])
})
