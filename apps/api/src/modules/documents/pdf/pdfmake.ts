import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, notoSerifFonts, type FontStyle } from './fonts.ts';

/**
 * Server-side pdfmake 0.3 set-up, done once per process:
 * - the Noto Serif files go into pdfmake's virtual file system (pdfmake looks there before the disk), and the
 *   family is registered under {@link FONT_FAMILY};
 * - every URL and every local path is refused: a form is rendered from its data alone, and nothing in a
 *   document definition can make the server fetch a URL or read a file.
 */
interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

let fontsWritten = false;
const fontFile = (style: FontStyle) => `motcua-fonts/${FONT_FAMILY}-${style}.ttf`;

function configure(): void {
  if (!fontsWritten) {
    const fonts = notoSerifFonts();
    const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
    for (const style of Object.keys(fonts) as FontStyle[]) vfs.writeFileSync(fontFile(style), fonts[style]);
    fontsWritten = true;
  }
  // pdfmake is a process-wide singleton: re-assert our family and the deny-all policies on every render, so that
  // another user of pdfmake in the process cannot loosen them or drop the family.
  if (!(pdfmake as unknown as { fonts?: Record<string, unknown> }).fonts?.[FONT_FAMILY]) {
    pdfmake.addFonts({ [FONT_FAMILY]: { normal: fontFile('normal'), bold: fontFile('bold'), italics: fontFile('italics'), bolditalics: fontFile('bolditalics') } });
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
}

/** Every string of a value, recursively, in Unicode NFC (Vietnamese typed on some keyboards arrives decomposed). */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => toNfc(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNfc(v);
    return out as T;
  }
  return value;
}

/**
 * OpenType features for every text run: kerning only. Text reaches pdfmake in NFC, where every Vietnamese letter
 * is one precomposed glyph, so mark positioning and the other default features change nothing on these forms,
 * while decoding their lookup tables anew for each document tripled the time of a render.
 */
const SHAPING_FEATURES: Record<string, boolean> = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'frac', 'numr', 'dnom', 'rvrn', 'ltra', 'ltrm'].map((tag) => [tag, false] as const),
);
SHAPING_FEATURES.kern = true;

export interface PdfMetadata {
  title: string;
  subject?: string;
  /** The document's own date (the form's issuedAt): printed as the PDF's creation and modification date. */
  createdAt: Date;
}

/**
 * Renders a document definition to PDF bytes. Text stays real, selectable text in the embedded font; strings are
 * normalised to NFC first; the metadata is fixed (title, creator "MotCua", the given date), so the same
 * definition always gives the same bytes.
 */
export async function renderPdf(definition: TDocumentDefinitions, meta: PdfMetadata): Promise<Buffer> {
  configure();
  const normalised = toNfc(definition);
  const doc: TDocumentDefinitions = {
    ...normalised,
    defaultStyle: { fontFeatures: SHAPING_FEATURES as unknown as never, ...normalised.defaultStyle },
    info: toNfc({
      title: meta.title,
      ...(meta.subject ? { subject: meta.subject } : {}),
      author: 'MotCua',
      creator: 'MotCua',
      producer: 'MotCua',
      creationDate: meta.createdAt,
      modDate: meta.createdAt,
    }),
    language: 'vi-VN',
    displayTitle: true,
  };
  return pdfmake.createPdf(doc).getBuffer();
}
