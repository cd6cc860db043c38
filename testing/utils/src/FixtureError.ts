/** A live fixture used the wrong way (no server yet, no server given, a subscription refused). */
export class FixtureError extends Error {
  override name = 'FixtureError'
}
