import type { NextConfig } from 'next'

// Nothing ChannelKit needs: its React packages are built with 'use client' and its styles are plain CSS.
const nextConfig: NextConfig = {
  // Workspace plumbing: this example lives in a monorepo, whose root Turbopack must see (a standalone
  // app needs no such line).
  turbopack: { root: new URL('../..', import.meta.url).pathname },
  // Keeps `next dev` from writing an AGENTS.md into the example.
  agentRules: false,
  experimental: { agentUpgrade: false },
}

export default nextConfig
