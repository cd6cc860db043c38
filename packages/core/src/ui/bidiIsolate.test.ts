import { describe, expect, it } from 'vitest'
import { bidiIsolate } from './bidiIsolate'

const FSI = '\u2068'
const PDI = '\u2069'
const PDF = '\u202C'
const RLO = '\u202E'

describe('bidiIsolate', () => {
  it('leaves left-to-right text alone', () => {
    for (const text of ['Alice', 'Zoë 👩🏽‍💻', '李小龙', '<b>x</b>', '']) expect(bidiIsolate(text)).toBe(text)
  })

  it('isolates right-to-left names', () => {
    expect(bidiIsolate('محمد 2')).toBe(`${FSI}محمد 2${PDI}`)
    expect(bidiIsolate('שלום')).toBe(`${FSI}שלום${PDI}`)
  })

  it('closes an override the name left open, keeping the name whole', () => {
    expect(bidiIsolate(`invoice${RLO}fdp.exe`)).toBe(`${FSI}invoice${RLO}fdp.exe${PDF}${PDI}`)
    expect(bidiIsolate(`a${RLO}b${PDF}c`)).toBe(`${FSI}a${RLO}b${PDF}c${PDI}`)
    expect(bidiIsolate(`${FSI}${RLO}x`)).toBe(`${FSI}${FSI}${RLO}x${PDF}${PDI}${PDI}`)
  })

  it('a stray PDI in the name closes an isolate of its own, never the outer one', () => {
    expect(bidiIsolate(`x${PDI}${RLO}y`)).toBe(`${FSI}${FSI}x${PDI}${RLO}y${PDF}${PDI}`)
    // A PDI ends the embeddings opened inside its isolate: nothing is left to close for them.
    expect(bidiIsolate(`${RLO}a${PDI}b`)).toBe(`${FSI}${FSI}${RLO}a${PDI}b${PDI}`)
  })
})
