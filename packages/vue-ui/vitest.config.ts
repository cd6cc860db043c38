import { defineProject } from 'vitest/config'
import { sourceConditions } from '../../vitest.shared'

export default defineProject({
  ...sourceConditions,
  test: { name: 'vue-ui', environment: 'happy-dom' },
})
