import { defineConfig } from 'tsup'
import { clientLibrary } from '../../tsup.shared'

export default defineConfig(clientLibrary)
