export { FONT_FAMILY, notoSerifFonts } from './fonts.ts';
export { renderPdf, toNfc, type PdfMetadata } from './pdfmake.ts';
