import type { Cell, Row, Subject } from './types'

export const columns: { subject: Subject; title: string }[] = [
  { subject: 'channelkit', title: 'ChannelKit' },
  { subject: 'usePusher', title: 'use-pusher' },
  { subject: 'echo', title: 'Laravel Echo' },
  { subject: 'baseline', title: 'raw pusher-js / bare ws' },
]

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const one = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

function value(unit: Row['unit'], n: number): string {
  switch (unit) {
    case 'B':
      return n >= 1000 ? `${(n / 1000).toFixed(2)} KB` : `${int.format(n)} B`
    case 'ns/event':
      return `${one.format(n)} ns`
    case 'ms':
      return `${one.format(n)} ms`
    case 'B/subscription':
      return `${int.format(n)} B`
    case 'triggers/s':
      return `${int.format(n)}/s`
    default:
      return int.format(n)
  }
}

/** The text of one cell: the value, its ratio to the row's reference, or why there is no value. */
export function formatCell(row: Row, subject: Subject): string {
  const cell: Cell | undefined = row.cells[subject]
  if (!cell) return '—'
  if (cell.value === null) return cell.note ?? '—'
  let text = value(row.unit, cell.value)
  const reference = row.ratioTo ? row.cells[row.ratioTo]?.value : undefined
  if (row.ratioTo && subject !== row.ratioTo && reference)
    text += ` (${(cell.value / reference).toFixed(2)}×)`
  else if (cell.note) text += ` (${cell.note})`
  return text
}

export function tableLines(rows: Row[], markdown: boolean): string[] {
  const header = ['Measure', ...columns.map((c) => c.title)]
  const body = rows.map((row) => [row.label, ...columns.map((c) => formatCell(row, c.subject))])
  if (markdown) {
    const line = (cells: string[]) =>
      `| ${cells.map((c) => c.replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;').trim()).join(' | ')} |`
    return [line(header), line(header.map(() => '---')), ...body.map(line)]
  }
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)]
}
