/** How big each measure runs. `tiny` keeps every measure alive in the test command (< 30 s in all). */
export interface Sizes {
  /** Presence members, observers included (the local server allows 100). */
  members: number
  /** Joins and leaves, alternating, after the channel is full. */
  churn: number
  wireComponents: number
  events: number
  deliveryRounds: number
  heapChannels: number
  connections: number
  fanout: number
  fanoutRounds: number
  triggers: number
  triggerConcurrency: number
  /** Presence joins (then as many leaves) in one burst. */
  rosterBurst: number
  rosterRounds: number
}

export const sizes: Record<'full' | 'tiny', Sizes> = {
  full: {
    members: 100,
    churn: 1000,
    wireComponents: 100,
    events: 20_000,
    deliveryRounds: 51,
    heapChannels: 2000,
    connections: 10_000,
    fanout: 5000,
    fanoutRounds: 7,
    triggers: 3000,
    triggerConcurrency: 16,
    rosterBurst: 10_000,
    rosterRounds: 5,
  },
  tiny: {
    members: 10,
    churn: 20,
    wireComponents: 20,
    events: 2000,
    deliveryRounds: 3,
    heapChannels: 50,
    connections: 200,
    fanout: 100,
    fanoutRounds: 2,
    triggers: 100,
    triggerConcurrency: 8,
    rosterBurst: 500,
    rosterRounds: 2,
  },
}
