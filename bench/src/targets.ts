import { formatCell } from './format'
import type { Row, Subject, Target } from './types'

const KB = 1000

/** Issue 8's targets, each judged from the rows of this run; a row that is missing is a MISS. */
export function evaluateTargets(rows: Row[]): Target[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const get = (id: string, subject: Subject = 'channelkit') => byId.get(id)?.cells[subject]?.value ?? null
  const shown = (id: string, subject: Subject = 'channelkit') => {
    const row = byId.get(id)
    return row ? formatCell(row, subject) : 'not measured'
  }
  const targets: Target[] = []
  /** `id` starts with the row it judges (or its row prefix); without such a row the measure failed. */
  const add = (id: string, text: string, actual: string, pass: boolean, why: string) => {
    const measured = [...byId.keys()].some((rowId) => id.startsWith(rowId) || rowId.startsWith(id))
    const reason = measured ? why : 'not measured in this run (measure skipped with --only, or FAILED below)'
    targets.push({ id, text, actual, pass, ...(pass ? {} : { why: reason }) })
  }

  const bundleWhy = (stack: 'react' | 'vue') =>
    `createChannelKit alone is ${shown('bundle.pkg.core.createChannelKit')}, @channelkit/${stack} with every ` +
    `export ${shown(`bundle.pkg.${stack}`)}: core's factory wires every store (connection, channels, ` +
    'presence, client-event queue, user sign-in, watchlist, typing, notifications) whether the app uses them or ' +
    'not, so none of it tree-shakes. Reaching 2.5 KB needs the optional stores out of createChannelKit ' +
    '(created on first use from their own modules or entry points), leaving connection + channels + presence.'
  for (const [stack, peers] of [
    ['react', ['usePusher', 'echo']],
    ['vue', ['echo']],
  ] as const) {
    const id = `bundle.app.${stack}`
    const ours = get(id)
    const name = stack === 'react' ? 'React' : 'Vue'
    add(
      `${id}.size`,
      `${name} hooks entry ≤ 2.5 KB min+gzip`,
      shown(id),
      ours !== null && ours <= 2.5 * KB,
      bundleWhy(stack),
    )
    const theirs = peers.map((peer) => get(id, peer))
    add(
      `${id}.peers`,
      `${name} hooks entry smaller than every peer`,
      `${shown(id)} vs ${peers.map((peer) => shown(id, peer)).join(', ')}`,
      ours !== null && theirs.every((size) => size !== null && ours < size),
      'the peers hold far less (no roster state, no client-event checks, no typing or notifications); ' +
        'the same change as for the 2.5 KB target would close most of the gap.',
    )
  }

  const member = get('renders.member')
  const sibling = get('renders.sibling')
  add(
    'renders.unaffected',
    '0 commits for unaffected selectors (one-member display, sibling)',
    `${member ?? 'not measured'} / ${sibling ?? 'not measured'}`,
    member === 0 && sibling === 0,
    'a member object or the provider changed identity on an unrelated join/leave.',
  )

  for (const stack of ['react', 'vue'] as const) {
    const name = stack === 'react' ? 'React (StrictMode)' : 'Vue'
    const subscribes = get(`wire.${stack}.mount.subscribe`)
    add(
      `wire.${stack}.mount`,
      `${name}: exactly 1 subscribe frame for many components`,
      `${subscribes ?? 'not measured'}`,
      subscribes === 1,
      'leases are not shared per channel name, or StrictMode’s second effect run re-subscribes.',
    )
    const again = get(`wire.${stack}.remount.subscribe`)
    const away = get(`wire.${stack}.remount.unsubscribe`)
    add(
      `wire.${stack}.remount`,
      `${name}: 0 frames on a quick remount`,
      `${again ?? '?'} subscribe / ${away ?? '?'} unsubscribe`,
      again === 0 && away === 0,
      'the last release unsubscribed before the release delay ran out.',
    )
  }

  for (const stack of ['react', 'vue'] as const) {
    const id = `delivery.${stack}`
    const ours = get(id)
    const raw = get(id, 'baseline')
    const ratio = ours !== null && raw ? ours / raw : null
    add(
      id,
      `${stack === 'react' ? 'React' : 'Vue'} useEvent delivery ≤ 1.10× raw pusher-js`,
      shown(id),
      ratio !== null && ratio <= 1.1,
      `${ours === null || raw === null ? '?' : (ours - raw).toFixed(0)} ns more per event: besides the app's ` +
        "handler, each event runs core's one global callback per channel (lifecycle switch, internal-event check), " +
        "the per-event handler Set, the lease's wrapper and the hook's rest-args wrapper. Binding the lifecycle " +
        'events by name instead of bind_global and calling a lone handler directly would bring it close to raw ' +
        '(use-pusher and Echo bind the handler itself).',
    )
  }

  const fanout = get('server.fanout')
  const bare = get('server.fanout', 'baseline')
  add(
    'server.fanout',
    'Server fan-out ≤ 1.5× bare ws',
    shown('server.fanout'),
    fanout !== null && bare !== null && bare > 0 && fanout / bare <= 1.5,
    'the server JSON-encodes the frame once per subscriber and builds a frame record for onFrame listeners on ' +
      'every send (the bare loop sends one pre-encoded string); encoding once per publish and skipping frame ' +
      'records while nothing listens would bring it close.',
  )
  return targets
}
