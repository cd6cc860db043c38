export { kitFixture, liveKits } from './kits'
