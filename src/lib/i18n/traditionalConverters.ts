/**
 * opencc's Simplified → Traditional conversions the site uses: Hong Kong forms (the Traditional
 * edition, toTraditional.ts) and Taiwan forms (search keys, traditionalVariants.ts). Each is
 * opencc's Simplified → Traditional dictionaries followed by a small table of regional
 * variants, so the large first step is built once and shared (building opencc's dictionaries
 * is most of what a conversion costs a build); and each is built when first used, so a bundle
 * or a test that never converts never loads them.
 */
import { ConverterFactory, Locale } from 'opencc-js/cn2t';

type Convert = (text: string) => string;

let traditional: Convert | undefined;
const toTraditionalForms: Convert = (text) => (traditional ??= ConverterFactory(...Locale.from['cn']!))(text);

function regional(variants: () => (typeof Locale.to)[string]): Convert {
  let convert: Convert | undefined;
  return (text) => (convert ??= ConverterFactory(...variants()))(toTraditionalForms(text));
}

// Pure: a browser bundle that imports a module beside these but never converts drops opencc.
/** Simplified → Traditional as written in Hong Kong and Macau (opencc's `cn` → `hk`). */
export const toHongKongForms: Convert = /* @__PURE__ */ regional(() => Locale.to['hk']!);

/** Simplified → Traditional as written in Taiwan (opencc's `cn` → `tw`). */
export const toTaiwanForms: Convert = /* @__PURE__ */ regional(() => Locale.to['tw']!);
