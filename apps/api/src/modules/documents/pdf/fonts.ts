import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The embedded typeface of every official form: Noto Serif (SIL OFL), which covers the whole Vietnamese
 * alphabet with precomposed glyphs, in the four styles pdfmake asks for. The TTF files come from the
 * installed `@expo-google-fonts/noto-serif` package, are read once and kept in memory.
 */
export const FONT_FAMILY = 'NotoSerif';

export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';

const FONT_FILES: Record<FontStyle, string> = {
  normal: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italics: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  bolditalics: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
};

const require = createRequire(import.meta.url);
let cache: Record<FontStyle, Buffer> | undefined;

/** The four font files' bytes, read on first use and cached for the life of the process. */
export function notoSerifFonts(): Record<FontStyle, Buffer> {
  cache ??= {
    normal: readFileSync(require.resolve(FONT_FILES.normal)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
    italics: readFileSync(require.resolve(FONT_FILES.italics)),
    bolditalics: readFileSync(require.resolve(FONT_FILES.bolditalics)),
  };
  return cache;
}

/**
 * Advance widths, in em, of the fixed heading strings in Noto Serif Bold (measured with fontkit): the rule under
 * the national motto is as long as the motto; the national name must fit its column.
 */
export const BOLD_EM_WIDTH = {
  motto: 13.898,
  nation: 21.33,
} as const;
