import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os'
import { isLoopbackName } from './access'
import type { LocalServer, ServerOptions } from './types'

const WILDCARDS = new Set(['0.0.0.0', '::', ''])

/** The addresses other machines reach this server at: the interfaces' own for a wildcard bind. */
export function reachableHosts(host: string): string[] {
  if (!WILDCARDS.has(host)) return [host.includes(':') ? `[${host}]` : host]
  const withV6 = host !== '0.0.0.0'
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NetworkInterfaceInfo => a !== undefined && !a.internal)
    .filter((a) => a.family === 'IPv4' || (withV6 && !a.address.startsWith('fe80:')))
    .map((a) => (a.family === 'IPv4' ? a.address : `[${a.address}]`))
  return [...external, '127.0.0.1']
}

export function banner(server: LocalServer, options: ServerOptions): string {
  const { app, port } = server
  const hosts = reachableHosts(server.host)
  const [lan = '127.0.0.1'] = hosts
  const http = (host: string) => `http://${host}:${port}`
  const loopback = isLoopbackName(server.host)
  const devAuth = options.devAuth ?? loopback
  const allowed = options.allowedOrigins?.length ? `, ${options.allowedOrigins.join(', ')}` : ''
  const extraOrigins = `${allowed}${loopback ? '' : ' (pages served from elsewhere need --allowed-origin)'}`
  const lines = [
    loopback
      ? 'ChannelKit local server (development only: the dev auth endpoint signs anyone in, for pages of allowed origins)'
      : `ChannelKit local server, listening on ${server.host || 'every interface'}: reachable from other machines`,
    `  app id      ${app.id}`,
    `  key         ${app.key}`,
    `  secret      ${app.secret}`,
    `  master key  ${app.encryptionMasterKeyBase64}  (private-encrypted- channels; this run only unless you set it)`,
    ...hosts.map(
      (host, i) => `  ${i === 0 ? 'WebSocket ' : '          '}  ws://${host}:${port}/app/${app.key}`,
    ),
    ...hosts.map((host, i) => `  ${i === 0 ? 'HTTP API  ' : '          '}  ${http(host)}/apps/${app.id}`),
    devAuth
      ? `  dev auth    ${http(lan)}/pusher/auth, ${http(lan)}/pusher/user-auth`
      : '  dev auth    off (beyond loopback anyone could sign in as anyone; --dev-auth turns it on)',
    `  origins     Storybook's and the examples' on localhost${extraOrigins}`,
    server.control
      ? `  control     ${http(lan)}/control  (Authorization: Bearer ${server.control.token})`
      : '',
    options.devPage ? `  status      ${http(lan)}/` : '',
    options.webhooks?.length ? `  webhooks    ${options.webhooks.map((w) => w.url).join(', ')}` : '',
    '',
    'pusher-js:',
    `  new Pusher('${app.key}', {`,
    `    cluster: 'mt1', wsHost: '${lan.replace(/^\[|\]$/g, '')}', wsPort: ${port}, wssPort: ${port},`,
    `    forceTLS: false, enabledTransports: ['ws'], enableStats: false,`,
    ...(devAuth
      ? [
          `    channelAuthorization: { endpoint: '${http(lan)}/pusher/auth', transport: 'ajax', params: { user_id: 'alice' } },`,
          `    userAuthentication: { endpoint: '${http(lan)}/pusher/user-auth', transport: 'ajax', params: { user_id: 'alice' } },`,
        ]
      : []),
    '  })',
  ]
  return lines.filter((line, i) => line !== '' || lines[i + 1] === 'pusher-js:').join('\n')
}
