import type { Options } from 'tsup'

/** How every library package builds: ESM + CJS + types from src/index.ts. */
export const library: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
}

/** React entries: every export is a hook or component, so the whole entry is client-only (RSC). */
export const clientLibrary: Options = { ...library, banner: { js: '"use client";' } }
