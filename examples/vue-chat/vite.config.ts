import { channelkitServer } from '@channelkit/server/vite'
import vue from '@vitejs/plugin-vue'
import { defaultClientConditions, defineConfig } from 'vite'

export default defineConfig({
  plugins: [vue(), channelkitServer()],
  // In this monorepo the ChannelKit packages resolve to their sources (no build first); an app of yours
  // uses their published builds and needs no such line.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5174 },
})
