import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../forms/forms.test-support.ts';
import { FONT_FAMILY } from './fonts.ts';
import { renderPdf, toNfc } from './pdfmake.ts';

const meta = { title: 'Thử nghiệm', createdAt: new Date('2026-11-23T08:30:00Z') };
const page = (content: unknown[]) => ({ pageSize: 'A5' as const, defaultStyle: { font: FONT_FAMILY }, content: content as never });

describe('pdf renderer (pdfmake 0.3, embedded Noto Serif)', () => {
  it('prints Vietnamese as real text that comes back as typed, with fixed metadata', async () => {
    const pdf = await renderPdf(page([{ text: 'Chứng thực bản sao — Sở Tư pháp tỉnh Quảng Ngãi' }, { text: 'ĐẶNG THỊ Ỷ LAN, ƯỚC VỌNG', bold: true }]), meta);
    const text = pdfText(pdf);
    expect(text).toContain('Chứng thực bản sao — Sở Tư pháp tỉnh Quảng Ngãi');
    expect(text).toContain('ĐẶNG THỊ Ỷ LAN, ƯỚC VỌNG');
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Thử nghiệm');
    expect(info.Creator).toBe('MotCua');
    expect(info.CreationDate).toMatch(/Nov 23 08:30:00 2026/);
  });

  it('gives the same bytes for the same definition, whenever it runs', async () => {
    const a = await renderPdf(page([{ text: 'Nguyễn Thị Hồng Nhung' }]), meta);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await renderPdf(page([{ text: 'Nguyễn Thị Hồng Nhung' }]), meta);
    expect(a.equals(b)).toBe(true);
  });

  it('normalises decomposed (NFD) text to NFC before layout', async () => {
    const nfd = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const text = pdfText(await renderPdf(page([{ text: nfd }]), meta));
    expect(text).toContain('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
    expect(text).not.toContain(nfd);
    expect(toNfc({ a: [nfd], n: 1, d: meta.createdAt })).toEqual({ a: [nfd.normalize('NFC')], n: 1, d: meta.createdAt });
  });

  it('refuses to fetch a URL or read a local file named in a definition', async () => {
    await expect(renderPdf({ ...page([{ image: 'remote' }]), images: { remote: 'https://example.com/logo.png' } }, meta)).rejects.toThrow(/denied|policy/i);
    // A real PNG on disk (the font package's preview image): readable, yet refused.
    const png = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf.png');
    await expect(renderPdf(page([{ image: png, width: 50 }]), meta)).rejects.toThrow(/denied/);
    await expect(renderPdf(page([{ text: 'x', font: 'Local' }]), meta)).rejects.toThrow(/not defined/);
  });
});
