import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

let fontsReady = false;

/** A one-page A5 PDF from pdfmake (standard Helvetica, classic xref); uncompressed so tests can edit its text. */
export async function samplePdf(lines: string[] = ['QUYET DINH', 'Le phi: 500000 dong']): Promise<Buffer> {
  if (!fontsReady) {
    const helvetica = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
    pdfmake.setFonts({ Helvetica: helvetica });
    pdfmake.setUrlAccessPolicy(() => false);
    // Standard PDF fonts are "files" by name for pdfmake; nothing else may be read.
    pdfmake.setLocalAccessPolicy((path) => Object.values(helvetica).includes(path));
    fontsReady = true;
  }
  const doc: TDocumentDefinitions = { pageSize: 'A5', compress: false, content: lines, defaultStyle: { font: 'Helvetica' } };
  return (await pdfmake.createPdf(doc).getBuffer()) as Buffer;
}

export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `motcua-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export interface ToolResult {
  status: number | null;
  output: string;
}

export function run(command: string, args: string[], input?: Buffer): ToolResult {
  const r = spawnSync(command, args, { input, encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** poppler's pdfsig on a PDF written to `dir`. */
export async function pdfsig(dir: string, pdf: Buffer, name = 'doc.pdf'): Promise<ToolResult> {
  const path = join(dir, name);
  await writeFile(path, pdf);
  return run('/usr/bin/pdfsig', [path]);
}

/** Splits a signed PDF into the signed bytes and the CMS (DER, padding removed) for `openssl cms -verify`. */
export function signedPartsOf(pdf: Buffer): { content: Buffer; cms: Buffer } {
  const m = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(pdf.toString('latin1'));
  if (!m) throw new Error('no ByteRange');
  const [a, b, c, d] = m.slice(1, 5).map(Number) as [number, number, number, number];
  const padded = Buffer.from(pdf.subarray(b + 1, c - 1).toString('latin1'), 'hex');
  const n = padded[1]! & 0x7f;
  const length = padded[1]! < 0x80 ? 2 + padded[1]! : 2 + n + padded.subarray(2, 2 + n).readUIntBE(0, n);
  return { content: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]), cms: padded.subarray(0, length) };
}
