// The parts of autocannon's API the HTTP benchmark uses (it ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; pipelining?: number; timeout?: number };
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number };
  type Result = {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
