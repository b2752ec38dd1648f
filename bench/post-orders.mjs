// Posts orders over C connections, one client after another from a file of client ids, and prints requests/s and
// latency percentiles (each post also counts the client's figures again in its transaction).
// Usage: node post-orders.mjs API_BASE TOKEN CLIENT_IDS_FILE [requests] [concurrency]
import { readFileSync } from 'node:fs';
import { measure } from './latency.mjs';

const [base, token, file, total = '2000', concurrency = '4'] = process.argv.slice(2);
const clients = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const today = new Date().toISOString().slice(0, 10);

await measure(Number(total), Number(concurrency), (i) => fetch(`${base}/clients/${clients[i % clients.length]}/orders`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ date: today, amount: 100 + (i % 900), currency: 'EUR', status: 'invoiced', dueDate: today,
    number: `BENCH-${i}` }),
}), 201);
