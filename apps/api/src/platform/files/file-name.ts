/** Longest file name kept, in characters (a client's download may still shorten it to its file system's limit). */
export const FILE_NAME_MAX = 200;

/**
 * Invisible characters that reorder or hide text: bidirectional marks, embeddings, overrides and isolates (a
 * "right-to-left override" makes "hoso\u202Efdp.exe" read as "hosoexe.pdf"), the Arabic letter mark, line and
 * paragraph separators, the byte-order mark; and C0/C1 control characters and DEL.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;
const SEPARATORS = /[\\/]/g;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/**
 * A file name as given by a client, safe to store, show and send back in a header: NFC, without hidden or control
 * characters, path separators replaced, trimmed of spaces and leading dots, at most FILE_NAME_MAX characters keeping
 * its extension. Never empty.
 */
export function safeFileName(name: string): string {
  const cleaned = name.normalize('NFC').replace(HIDDEN, '').replace(SEPARATORS, '_').trim().replace(/^\.+/, '').trim();
  const chars = [...cleaned];
  if (chars.length <= FILE_NAME_MAX) return cleaned || 'tep';
  const extension = cleaned.match(EXTENSION)?.[0] ?? '';
  const stem = chars.slice(0, FILE_NAME_MAX - [...extension].length).join('').trimEnd();
  return `${stem}${extension}`;
}
