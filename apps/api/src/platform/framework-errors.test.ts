import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are (no client library would send these requests) and reads the answer until the server closes or it is complete. */
function rawRequest(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      socket.destroy();
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    };
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const length = /content-length: (\d+)/i.exec(text)?.[1];
      const bodyStart = text.indexOf('\r\n\r\n');
      if (length && bodyStart >= 0 && Buffer.byteLength(text.slice(bodyStart + 4)) >= Number(length)) finish();
    });
    socket.on('end', finish);
    socket.on('error', (error) => (chunks.length > 0 ? finish() : reject(error)));
    socket.write(request);
  });
}

const get = (path: string, headers = '') => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`;

function expectProblem(res: RawResponse, status: number, code: string, title: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(res.body);
  expect(problem).toEqual({ type: `https://motcua.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`, title, status, code });
}

// Framework-level rejections involve no database beyond starting the app.
describe('requests refused before any route runs', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('answers a request line over the size limit with 414 problem+json', async () => {
    const res = await rawRequest(port, get(`/api/procedures?q=${'a'.repeat(20_000)}`));
    expectProblem(res, 414, 'URI_TOO_LONG', 'Địa chỉ yêu cầu quá dài.');
    expect(res.body).not.toContain('aaaa');
  });

  it('answers headers over the size limit with 431 problem+json, never quoting them', async () => {
    const res = await rawRequest(port, get('/api/health', `X-Secret: ${'S'.repeat(20_000)}\r\n`));
    expectProblem(res, 431, 'HEADERS_TOO_LARGE', 'Phần tiêu đề (header) của yêu cầu quá lớn.');
    expect(res.body).not.toContain('SSSS');
  });

  it('answers a malformed percent-encoding with 400 problem+json without echoing the URL', async () => {
    const res = await rawRequest(port, get('/api/%E0%A4%A/<script>'));
    expectProblem(res, 400, 'BAD_REQUEST', 'Yêu cầu không hợp lệ.');
    expect(res.body).not.toContain('script');
  });

  it('answers characters HTTP forbids in a request line with 400 problem+json', async () => {
    const res = await rawRequest(port, 'GET /api/he\u0001llo HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expectProblem(res, 400, 'BAD_REQUEST', 'Yêu cầu không hợp lệ.');
    const garbage = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
    expectProblem(garbage, 400, 'BAD_REQUEST', 'Yêu cầu không hợp lệ.');
  });

  it('answers a path parameter over the router limit with 414 problem+json', async () => {
    const res = await rawRequest(port, get(`/api/procedures/${'x'.repeat(500)}`));
    expectProblem(res, 414, 'URI_TOO_LONG', 'Địa chỉ yêu cầu quá dài.');
    expect(res.body).not.toContain('xxxx');
  });

  it('answers an unknown route with 404 problem+json without echoing its address', async () => {
    const res = await rawRequest(port, get('/api/no-such-route?token=s3cr3t-value'));
    expectProblem(res, 404, 'NOT_FOUND', 'Không tìm thấy dữ liệu yêu cầu.');
    expect(res.body).not.toContain('s3cr3t');
  });

  it('answers a body in a refused content type without quoting the header', async () => {
    const body = 'x';
    const res = await rawRequest(port, `POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/evil-s3cr3t\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    expectProblem(res, 415, 'UNSUPPORTED_FILE_TYPE', 'Loại tệp không được chấp nhận.');
    expect(res.body).not.toContain('s3cr3t');
  });
});
