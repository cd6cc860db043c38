import { renderHook } from '@testing-library/react'
import { useSyncExternalStore, version } from 'react'
import { version as domVersion } from 'react-dom'
import { describe, expect, it } from 'vitest'

// Both projects run the same files: `react` on React 19, `react18` on React 18.3 (see vitest.react18.config.ts).
describe('the React under test', () => {
  it('is the one this project pins, for us, react-dom and @testing-library/react alike', () => {
    expect(version.split('.')[0]).toBe(process.env.REACT_MAJOR)
    expect(domVersion).toBe(version)
    // A second copy of React inside @testing-library/react would make this hook call throw.
    const { result } = renderHook(() =>
      useSyncExternalStore(
        () => () => {},
        () => version,
      ),
    )
    expect(result.current).toBe(version)
  })
})
