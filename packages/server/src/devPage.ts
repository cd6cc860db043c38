import type { AppRuntime } from './appRuntime'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The tiny status page at `GET /`. */
export function devPage(url: string, apps: AppRuntime[]): string {
  const rows = apps
    .map(
      (app) =>
        `<tr><td>${escapeHtml(app.config.id)}</td><td><code>${escapeHtml(app.config.key)}</code></td><td>${app.connections.size}</td><td>${app.occupiedChannels().length}</td></tr>`,
    )
    .join('')
  const ws = url.replace(/^http/, 'ws')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ChannelKit local server</title>
<meta http-equiv="refresh" content="5">
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:44rem;padding:0 1rem}td,th{padding:.2rem .8rem;text-align:left}code{background:#8882;padding:0 .3rem}</style>
</head><body>
<h1>ChannelKit local server is running</h1>
<p>WebSocket <code>${escapeHtml(ws)}/app/{key}</code> · HTTP API <code>${escapeHtml(url)}/apps/{id}</code> · dev auth <code>POST ${escapeHtml(url)}/pusher/auth</code> (development only)</p>
<table><thead><tr><th>App id</th><th>Key</th><th>Connections</th><th>Channels</th></tr></thead><tbody>${rows}</tbody></table>
<p>CLI defaults: <code>channelkit-server --port 6001 --host 127.0.0.1 --app-id channelkit --key channelkit-key --secret channelkit-secret</code></p>
</body></html>`
}
