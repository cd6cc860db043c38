import * as core from '@channelkit/core'
import { expect, it } from 'vitest'
import * as vue from '../index'

it("re-exports every value of core's app API, so @channelkit/vue alone is enough", () => {
  for (const name of Object.keys(core))
    expect(vue[name as keyof typeof vue], name).toBe(core[name as keyof typeof core])
})
