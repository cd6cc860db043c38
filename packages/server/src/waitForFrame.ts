import type { Frame, LocalServer } from './types'

/** Resolves with the first frame matching `predicate` (from now on), or rejects after `timeoutMs`. */
export function waitForFrame(
  server: Pick<LocalServer, 'onFrame'>,
  predicate: (frame: Frame) => boolean,
  timeoutMs = 5000,
): Promise<Frame> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`waitForFrame: no matching frame within ${timeoutMs} ms`))
    }, timeoutMs)
    const stop = server.onFrame((frame) => {
      if (!predicate(frame)) return
      clearTimeout(timer)
      stop()
      resolve(frame)
    })
  })
}
