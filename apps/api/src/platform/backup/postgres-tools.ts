import { spawn } from 'node:child_process';
import { BackupError } from './backup-error.ts';

const URL_PARAMS: Record<string, string> = {
  sslmode: 'PGSSLMODE', sslrootcert: 'PGSSLROOTCERT', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY', application_name: 'PGAPPNAME', options: 'PGOPTIONS',
};

/** libpq settings of a postgres:// URL as environment variables, so the password never shows in a process list. */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { PGCONNECT_TIMEOUT: '10' };
  if (u.hostname) env.PGHOST = decodeURIComponent(u.hostname);
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (database) env.PGDATABASE = database;
  for (const [param, name] of Object.entries(URL_PARAMS)) {
    const value = u.searchParams.get(param);
    if (value !== null) env[name] = value;
  }
  return env;
}

export interface ToolRun {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

const missingTool = (command: string) =>
  new BackupError(
    `Không tìm thấy lệnh ${command}. Cài gói postgresql-client (Debian/Ubuntu: apt-get install postgresql-client), cùng phiên bản chính với máy chủ PostgreSQL hoặc mới hơn.`,
    `${command} was not found. Install postgresql-client (Debian/Ubuntu: apt-get install postgresql-client), of the server's major version or newer.`,
  );

function started(run: ToolRun) {
  const child = spawn(run.command, run.args, { env: { ...process.env, ...run.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? missingTool(run.command) : error));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${run.command} thất bại (mã ${code}): ${stderr.trim()}`, `${run.command} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
  return { child, done };
}

export async function runTool(run: ToolRun): Promise<void> {
  const { child, done } = started(run);
  child.stdin.end();
  child.stdout.resume();
  await done;
}

/**
 * `pg_restore | psql` in one transaction that we commit ourselves, only once pg_restore has succeeded: psql's own
 * --single-transaction would commit whatever arrived before an early end of its input.
 */
export async function restoreThroughPsql(dumpPath: string, env: NodeJS.ProcessEnv, prelude: string): Promise<void> {
  const restore = started({ command: 'pg_restore', args: ['--no-owner', '--no-privileges', '--file=-', dumpPath], env: {} });
  const psql = started({ command: 'psql', args: ['--no-psqlrc', '--quiet', '--no-password', '--set=ON_ERROR_STOP=1', '--file=-'], env });
  restore.child.stdin.end();
  psql.child.stdout.resume();
  psql.child.stdin.on('error', () => undefined);
  psql.child.stdin.write(`begin;\n${prelude}`);
  restore.child.stdout.pipe(psql.child.stdin, { end: false });
  const restoreError = await restore.done.then(() => null, (error: unknown) => error);
  if (restoreError) {
    // Input ends without a commit: the server rolls the transaction back when psql disconnects.
    psql.child.stdin.end();
    throw (await psql.done.then(() => null, (error: unknown) => error)) ?? restoreError;
  }
  psql.child.stdin.end('commit;\n');
  await psql.done;
}
