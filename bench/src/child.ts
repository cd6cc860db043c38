// One measure per process (forked by main.ts): its own heap, its own NODE_ENV, its own fd budget.
import { installDom } from './installDom'
import { type Sizes, sizes } from './sizes'
import type { MeasureResult } from './types'

const measures: Record<
  string,
  { dom: boolean; load: () => Promise<(size: Sizes) => Promise<MeasureResult>> }
> = {
  bundle: { dom: false, load: async () => (await import('./measures/bundle')).measureBundle },
  renders: { dom: true, load: async () => (await import('./measures/renders')).measureRenders },
  wire: { dom: true, load: async () => (await import('./measures/wire')).measureWire },
  delivery: { dom: true, load: async () => (await import('./measures/delivery')).measureDelivery },
  heap: { dom: false, load: async () => (await import('./measures/heap')).measureHeap },
  roster: { dom: false, load: async () => (await import('./measures/roster')).measureRoster },
  server: { dom: false, load: async () => (await import('./measures/server')).measureServer },
}

const [name = '', sizeName = 'full'] = process.argv.slice(2)
const measure = measures[name]
const size = sizes[sizeName as keyof typeof sizes]
if (!measure || !size || !process.send) {
  console.error(`bench: usage: (forked) child.mjs <${Object.keys(measures).join('|')}> <full|tiny>`)
  process.exit(2)
}
// The DOM must exist before react-dom or vue is first imported (the measure's chunk imports them).
const closeDom = measure.dom ? installDom() : undefined
try {
  const run = await measure.load()
  const result = await run(size)
  await closeDom?.()
  process.send({ ok: true, result }, () => process.exit(0))
} catch (error) {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.send({ ok: false, error: message }, () => process.exit(1))
}
