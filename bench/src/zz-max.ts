import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
const child = spawn(process.execPath, ['--import', 'tsx', 'bench/src/bench-server.ts'], { env: { ...process.env, DATABASE_URL: process.env.DB, PUBLIC_RATE_PER_MINUTE: '100000000', WEB_DIST_DIR: '/nonexistent' }, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((ok) => child.stdout!.on('data', (c: Buffer) => { const m = /LISTENING (\S+)/.exec(c.toString()); if (m) ok(m[1]!); }));
for (const path of ['/api/bench/ping', '/api/procedures?q=1.000894', '/api/procedures?q=dang%20ky%20ket%20hon', '/api/procedures?q=dang%20ky%20k', '/api/procedures?sector=ho-tich']) {
  const r = await autocannon({ url: url + path, connections: 10, duration: 5 });
  console.log(path.padEnd(45), Math.round(r.requests.average), 'rps', r.latency.p50, r.latency.p99, r.non2xx);
}
child.kill('SIGTERM');
