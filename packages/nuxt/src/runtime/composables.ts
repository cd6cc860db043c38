// What the module auto-imports, re-exported from the module's own dependency so the imports resolve even
// where the app did not install @channelkit/vue itself (pnpm's strict node_modules).
export {
  useChannel,
  useClientTrigger,
  useConnectionState,
  useEvent,
  useNotifications,
  usePresence,
  usePusher,
  useStore,
  useTyping,
  useUser,
  useWatchlist,
} from '@channelkit/vue'
