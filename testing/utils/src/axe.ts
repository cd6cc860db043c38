import axe from 'axe-core'
import { expect } from 'vitest'

/**
 * Runs axe-core on a rendered component and fails with the list of violations. `region` is a page
 * rule (all content inside landmarks) that a component rendered alone cannot satisfy.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { region: { enabled: false } } })
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.html).join(' | ')})`,
  )
  expect(violations).toEqual([])
}
