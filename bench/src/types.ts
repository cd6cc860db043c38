/** The columns of the results table. */
export type Subject = 'channelkit' | 'usePusher' | 'echo' | 'baseline'

export interface Cell {
  /** `null` when the subject has nothing to measure here; `note` then says why. */
  value: number | null
  note?: string
}

export interface Row {
  measure: 'bundle' | 'renders' | 'wire' | 'delivery' | 'heap' | 'roster' | 'server'
  /** Stable id, e.g. `bundle.react`, used by targets and tests. */
  id: string
  label: string
  unit: 'B' | 'commits' | 'frames' | 'ns/event' | 'B/subscription' | 'connections' | 'ms' | 'triggers/s'
  cells: Partial<Record<Subject, Cell>>
  /** Which cell the others are compared with (printed as `n.nn×`). */
  ratioTo?: Subject
}

export interface MeasureResult {
  rows: Row[]
  notes: string[]
}

export interface Target {
  id: string
  text: string
  actual: string
  pass: boolean
  /** For a miss: why, from this run's figures, and what would reach the target. */
  why?: string
}
