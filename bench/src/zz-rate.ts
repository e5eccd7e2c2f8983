import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
const child = spawn(process.execPath, ['--import', 'tsx', 'bench/src/bench-server.ts'], { env: { ...process.env, DATABASE_URL: process.env.DB, PUBLIC_RATE_PER_MINUTE: '100000000', WEB_DIST_DIR: '/nonexistent' }, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((ok) => child.stdout!.on('data', (c: Buffer) => { const m = /LISTENING (\S+)/.exec(c.toString()); if (m) ok(m[1]!); }));
const queries = ['q=dang%20ky%20ket%20hon', `q=${encodeURIComponent('đăng ký khai sinh')}`, 'q=cap%20giay%20phep%20xay%20dung', 'q=chung%20thuc', 'q=dat%20dai', 'q=dang%20ky%20k', 'q=giay%20phep', 'q=1.000894', 'q=9.001234', 'q=ly%20lich%20tu%20phap', 'level=commune&q=chung%20thuc', 'sector=ho-tich', 'level=province&page=3', 'q=thu%20tuc&pageSize=50', 'onlineLevel=partial&q=cap%20lai', 'subject=business&q=dang%20ky', 'q=xyz%20khong%20co'];
let n = 0;
const requests = [{ setupRequest: (req: any) => ({ ...req, path: `/api/procedures?${queries[n++ % queries.length]}` }) }];
await autocannon({ url, connections: 5, overallRate: 500, duration: 3, requests });
for (const c of [1, 5, 10, 50]) {
  const r = await autocannon({ url, connections: c, overallRate: 500, duration: 10, requests });
  console.log('connections', c, Math.round(r.requests.average), 'rps p50', r.latency.p50, 'p99', r.latency.p99, 'max', r.latency.max);
}
child.kill('SIGTERM');
