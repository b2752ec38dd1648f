// Closed-loop load: `total` requests over `concurrency` connections, each made by `request(i)` (a fetch); prints
// requests/s and latency percentiles as one JSON line. A request counts as failed unless its status is `expected`
// (any 2xx when absent).
export async function measure(total, concurrency, request, expected) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  async function worker() {
    while (next < total) {
      const i = next++;
      const start = performance.now();
      const response = await request(i);
      await response.arrayBuffer();
      if (expected ? response.status !== expected : !response.ok) failures++;
      latencies.push(performance.now() - start);
    }
  }
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => Number(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1));
  console.log(JSON.stringify({ requests: latencies.length, failures, rps: Math.round(latencies.length / seconds),
    p50: pct(50), p95: pct(95), p99: pct(99) }));
}
