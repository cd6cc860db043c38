// Which check proves each markdown file's code blocks; every file has exactly one.
// - packaging/ (the default): README.md and the packages' READMEs, type-checked (and `run`) in throwaway apps
//   that installed the packed tarballs the block's install line names.
// - e2e/testingPackage.test.ts: the testing kit's guide and README, whose blocks are whole test files: run in
//   Vitest and Jest from packed tarballs.
// - testing/docs/check.mjs: the other guides (Next.js route handlers, Nuxt files with auto-imports, Express,
//   Laravel Echo), type-checked in a workspace project that has those frameworks, Nuxt files in a prepared app.

/** @param {string} file markdown file from the repository root, forward slashes */
export function ownerOf(file) {
  if (file === 'docs/testing.md' || file === 'packages/testing/README.md') return 'e2e/testingPackage.test.ts'
  if (file.startsWith('docs/') || file === 'packages/nuxt/README.md') return 'testing/docs'
  return 'packaging'
}

/**
 * The directive of an HTML comment line right before a fenced block, as both type-checkers read it:
 *   <!-- snippet: fragment -->        statements or JSX that only make sense inside a component or function
 *   <!-- snippet: run -->             a Node script to run (packaging/ only)
 *   <!-- snippet: skip, <reason> -->  not checked; the reason is required
 * Its comma-separated words, trimmed; undefined when the line is no such comment.
 * @param {string | undefined} line
 * @returns {string[] | undefined}
 */
export function directiveOf(line) {
  const comment = line?.match(/^\s*<!--\s*snippet:\s*(.*?)\s*-->\s*$/)
  return comment ? comment[1].split(',').map((word) => word.trim()) : undefined
}
