// A small closed-loop load generator: N requests over C connections; prints requests/s and latency percentiles.
// Usage: node load.mjs URL TOKEN [requests] [concurrency]
import { measure } from './latency.mjs';

const [url, token, total = '2000', concurrency = '4'] = process.argv.slice(2);
await measure(Number(total), Number(concurrency), () => fetch(url, { headers: { Authorization: `Bearer ${token}` } }));
