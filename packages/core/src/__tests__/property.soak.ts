// `pnpm soak`: core's property tests (random and adversarial names, events and payloads) with 50× the runs.
process.env.CK_PROPERTY_SCALE ??= '50'
await import('./property.test')

export {}
