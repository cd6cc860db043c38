/** PROTOCOL.md §1: the close code a connection URL earns, or null when the handshake must succeed. */
export function expectedHandshake(url: URL, appKey: string): number | null {
  const match = /^(?:\/[^/]+)*\/app\/([^/]+)$/.exec(url.pathname)
  if (!match?.[1]) return 4005
  let key = match[1]
  try {
    key = decodeURIComponent(key)
  } catch {}
  if (key !== appKey) return 4001
  const protocol = url.searchParams.get('protocol')
  if (protocol === null || protocol === '') return 4008
  if (!/^\d+$/.test(protocol)) return 4006
  return Number(protocol) === 7 ? null : 4007
}
