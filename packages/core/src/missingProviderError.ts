import { ChannelKitError } from './errors'

/** The error adapters throw when a hook or composable runs without a kit in scope. */
export function missingProviderError(apiName: string, framework: 'react' | 'vue'): ChannelKitError {
  const message =
    framework === 'react'
      ? `${apiName}() must be used inside <ChannelKitProvider>. Wrap your app: <ChannelKitProvider kit={createChannelKit({ key, cluster })}>…</ChannelKitProvider>.`
      : `${apiName}() found no ChannelKit: call it in setup() of a component of an app created after app.use(ChannelKitPlugin, { key, cluster }) (or { kit }).`
  return new ChannelKitError('missing_provider', message, { api: apiName, framework })
}
