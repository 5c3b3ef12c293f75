// Test-only, loaded with `node --import` into a server that an e2e spec
// starts for itself (e2e/support/isolated-server.ts); never part of the
// site. Each SIGUSR2 moves this process's clock 6 minutes forward, past the
// 300 s revalidate interval and far from the one-day expiry, so every ISR
// entry turns stale at once without the test waiting five minutes. Next
// stamps entries with Date.now() and judges their age with
// performance.timeOrigin + performance.now(), so both move. The published
// filter moves too, which the sample content does not notice (its
// scheduled story is in 2099).
const STEP_MS = 6 * 60 * 1000;
const RealDate = Date;
const realNow = RealDate.now.bind(RealDate);
let offset = 0;

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(realNow() + offset);
    else super(...args);
  }
  static now() {
    return realNow() + offset;
  }
}
// Next wraps the global Date with its own and copies only own properties:
// give this one Date.parse and Date.UTC as its own too.
for (const name of Object.getOwnPropertyNames(RealDate)) {
  if (!Object.prototype.hasOwnProperty.call(ShiftedDate, name))
    Object.defineProperty(ShiftedDate, name, Object.getOwnPropertyDescriptor(RealDate, name));
}
globalThis.Date = ShiftedDate;

const realPerformanceNow = performance.now.bind(performance);
performance.now = () => realPerformanceNow() + offset;

process.on('SIGUSR2', () => {
  offset += STEP_MS;
  process.stderr.write(`test clock: +${offset / 60000} min\n`);
});
