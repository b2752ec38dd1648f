// A small closed-loop load generator: N requests over C connections; prints requests/s and latency percentiles.
// Usage: node load.mjs URL TOKEN [requests] [concurrency]
const [url, token, total = '2000', concurrency = '4'] = process.argv.slice(2);
const latencies = [];
let next = 0;
let failures = 0;

async function worker() {
  while (next < Number(total)) {
    next++;
    const start = performance.now();
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (!response.ok) failures++;
    latencies.push(performance.now() - start);
  }
}

const begin = performance.now();
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
const seconds = (performance.now() - begin) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
console.log(JSON.stringify({ requests: latencies.length, failures, rps: Math.round(latencies.length / seconds),
  p50: Number(pct(50)), p95: Number(pct(95)), p99: Number(pct(99)) }));
