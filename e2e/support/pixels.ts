import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

export interface PixelDiff {
  /** Pixels that differ beyond pixelmatch's anti-aliasing-aware colour threshold. */
  differing: number
  total: number
  /** The diff image (differing pixels in red), for the artifacts. */
  image: Buffer
}

/**
 * Compares two PNG screenshots pixel by pixel with pixelmatch (`threshold` is its per-pixel colour distance,
 * 0 to 1). Images of different sizes differ in every pixel.
 */
export function diffPng(a: Buffer, b: Buffer, threshold = 0): PixelDiff {
  const left = PNG.sync.read(a)
  const right = PNG.sync.read(b)
  const total = Math.max(left.width * left.height, right.width * right.height)
  if (left.width !== right.width || left.height !== right.height) {
    return { differing: total, total, image: a }
  }
  const out = new PNG({ width: left.width, height: left.height })
  const differing = pixelmatch(left.data, right.data, out.data, left.width, left.height, { threshold })
  return { differing, total, image: PNG.sync.write(out) }
}
