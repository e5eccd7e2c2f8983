import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name.ts';
import { contentDisposition } from './send-file.ts';

describe('file names from clients', () => {
  it.each([
    ['hoso\u202Efdp.exe', 'hosofdp.exe'],
    ['a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl\uFEFFm.pdf', 'abcdefghijklm.pdf'],
    ['tab\there\r\nnull\u0000del\u007Fc1\u009B.png', 'tabherenulldelc1.png'],
    ['C:\\Users\\an\\scan.png', 'C:_Users_an_scan.png'],
    ['  ..hidden.pdf  ', 'hidden.pdf'],
    ['', 'tep'],
    ['\u202E', 'tep'],
    ['Đơn đề nghị.pdf'.normalize('NFD'), 'Đơn đề nghị.pdf'],
  ])('%j is kept as %j', (given, kept) => {
    expect(safeFileName(given)).toBe(kept);
  });

  it('shortens a long name to 200 characters keeping its extension, never splitting a character', () => {
    const name = safeFileName(`${'😀'.repeat(300)}.docx`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('😀.docx')).toBe(true);
    expect(safeFileName(`${'a'.repeat(250)}`)).toBe('a'.repeat(200));
  });
});

describe('the Content-Disposition of a download', () => {
  it('names the file in UTF-8 and in ASCII, with nothing that could end the header parameter', () => {
    expect(contentDisposition('attachment', 'Đơn đề nghị (bản 1).pdf')).toBe(
      `attachment; filename="Don de nghi (ban 1).pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20%28b%E1%BA%A3n%201%29.pdf`,
    );
    expect(contentDisposition('inline', `a"; filename=evil.exe; x='1*.pdf`)).toBe(`inline; filename="a__ filename=evil.exe_ x='1*.pdf"; filename*=UTF-8''a%22%3B%20filename%3Devil.exe%3B%20x%3D%271%2A.pdf`);
  });

  it('drops the characters that disguise a stored name, even one stored before names were cleaned', () => {
    expect(contentDisposition('inline', 'hoso\u202Efdp.exe')).toBe(`inline; filename="hosofdp.exe"; filename*=UTF-8''hosofdp.exe`);
  });
});
