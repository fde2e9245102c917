/**
 * The exporters' fonts in the app: every face of the chain (shared/export/fonts/faces.ts) and
 * hb-subset are files of the build, emitted by Vite from node_modules and templates/fonts, and
 * fetched only when a document asks for them (a document in English never fetches the Chinese
 * face). The export worker makes its own provider; the main thread's fallback shares this one.
 */
import { cachingProvider, type FaceId, type FontProvider } from '../../../shared/export';
import dejavuBold from '../../../templates/fonts/DejaVuSans-Bold.ttf?url';
import dejavu from '../../../templates/fonts/DejaVuSans.ttf?url';
import emojiBold from '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf?url';
import emoji from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import sansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import sansBoldItalic from '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?url';
import sansItalic from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import sans from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import arabicBold from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import arabic from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import devanagariBold from '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf?url';
import devanagari from '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf?url';
import hebrewBold from '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf?url';
import hebrew from '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url';
import jpBold from '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf?url';
import jp from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import krBold from '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf?url';
import kr from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import scBold from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import sc from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import symbolsBold from '@expo-google-fonts/noto-sans-symbols/700Bold/NotoSansSymbols_700Bold.ttf?url';
import symbols from '@expo-google-fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf?url';
import symbols2 from '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf?url';
import thaiBold from '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf?url';
import thai from '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf?url';
import subsetWasm from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm?url';

/** Every face of the chain; the type makes a face added to faces.ts fail here until it has its file. */
export const FACE_URLS: Readonly<Record<FaceId, string>> = {
  'sans-regular': sans, 'sans-bold': sansBold, 'sans-italic': sansItalic, 'sans-bold-italic': sansBoldItalic,
  'arabic-regular': arabic, 'arabic-bold': arabicBold,
  'hebrew-regular': hebrew, 'hebrew-bold': hebrewBold,
  'thai-regular': thai, 'thai-bold': thaiBold,
  'devanagari-regular': devanagari, 'devanagari-bold': devanagariBold,
  'sc-regular': sc, 'sc-bold': scBold,
  'jp-regular': jp, 'jp-bold': jpBold,
  'kr-regular': kr, 'kr-bold': krBold,
  'symbols-regular': symbols, 'symbols-bold': symbolsBold,
  'symbols2-regular': symbols2,
  'emoji-regular': emoji, 'emoji-bold': emojiBold,
  'dejavu-regular': dejavu, 'dejavu-bold': dejavuBold,
} as Record<FaceId, string>;

async function fetchBytes(url: string, what: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The ${what} could not be loaded from ${url} (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The app's font provider: each file fetched once, when first asked for. */
export const fontProvider: FontProvider = cachingProvider({
  face: (id) => {
    const url = FACE_URLS[id];
    return url ? fetchBytes(url, `font ${id}`) : Promise.reject(new Error(`The app has no font file for ${id}.`));
  },
  subsetter: () => fetchBytes(subsetWasm, 'font subsetter (harfbuzz-subset.wasm)'),
  rasterizer: () => fetchBytes(resvgWasm, 'figure rasterizer (resvg)'),
});
