/** Thrown by `startServer` for options that cannot work; the message says what to change. */
export class ServerConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ServerConfigError'
  }
}
