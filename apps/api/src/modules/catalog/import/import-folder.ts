import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ImportReport, ImportRecordReport } from '@motcua/shared';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { parseCrawlerRecord, reportedFields, type CrawlerRecord } from './crawler-record.ts';
import { expectCatalogChange } from '../search.service.ts';
import { importBatch, type ImportItem, type ImportOptions } from './import-records.ts';
import type { FieldStatus } from './text.ts';

export async function listJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}

export interface FolderImportProgress {
  start(total: number): void;
  advance(done: number): void;
  stop(): void;
}

type FieldCounts = ImportReport['fields'];

function tally(fields: FieldCounts, statuses: Record<string, FieldStatus>): void {
  for (const [field, status] of Object.entries(statuses)) {
    const f = (fields[field] ??= { present: 0, parsed: 0, partial: 0, unparsed: 0 });
    if (status === 'absent') continue;
    f.present += 1;
    f[status] += 1;
  }
}

/**
 * Imports every crawler `*.json` below a folder, in batches of one transaction each: a bad file is reported
 * and skipped, a failing batch is reported without stopping the rest.
 */
export async function importFolder(
  ctx: AppContext, dir: string, opts: Omit<ImportOptions, 'source'> & { batchSize?: number; progress?: FolderImportProgress },
): Promise<ImportReport> {
  const files = await listJsonFiles(dir);
  expectCatalogChange(ctx.db);
  const batchSize = opts.batchSize ?? 250;
  const fields: FieldCounts = Object.fromEntries(reportedFields.map((f) => [f, { present: 0, parsed: 0, partial: 0, unparsed: 0 }]));
  const records: ImportRecordReport[] = [];
  opts.progress?.start(files.length);
  for (let i = 0; i < files.length; i += batchSize) {
    const items: ImportItem[] = [];
    for (const path of files.slice(i, i + batchSize)) {
      const file = relative(dir, path);
      try {
        const raw = JSON.parse(await readFile(path, 'utf8')) as CrawlerRecord;
        if (!raw.ma_thu_tuc || !raw.ten_thu_tuc) throw new Error('thiếu ma_thu_tuc hoặc ten_thu_tuc');
        const parsed = parseCrawlerRecord(raw);
        tally(fields, parsed.fields);
        items.push({ record: parsed.record, issues: parsed.issues, decisionNumber: parsed.decisionNumber, file, classification: parsed.classification });
      } catch (error) {
        records.push({ code: file, file, outcome: 'failed', issues: [{ field: 'file', message: (error as Error).message }] });
      }
    }
    try {
      records.push(...(await withUnitOfWork(ctx, (uow) => importBatch(uow, items, { ...opts, source: 'import' }))));
    } catch (error) {
      const message = (error as Error).message;
      records.push(...items.map((it) => ({ code: it.record.code, file: it.file, outcome: 'failed' as const, issues: [...it.issues, { field: 'database', message }] })));
    }
    opts.progress?.advance(Math.min(i + batchSize, files.length));
  }
  opts.progress?.stop();
  const count = (o: ImportRecordReport['outcome']) => records.filter((r) => r.outcome === o).length;
  return { total: files.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: count('failed'), fields, records };
}
