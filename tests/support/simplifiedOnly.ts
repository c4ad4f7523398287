import { Converter as toTraditional } from 'opencc-js/cn2t';
import { Converter as toSimplified } from 'opencc-js/t2cn';

const cnToHk = toTraditional({ from: 'cn', to: 'hk' });
const hkToCn = toSimplified({ from: 'hk', to: 'cn' });

/**
 * The characters of `text` that only Simplified Chinese uses, judged by the converter itself:
 * the cn→hk converter changes them, and the hk→cn converter leaves them as they are. (A
 * Traditional variant such as 稅 is changed by cn→hk too, but hk→cn changes it back, so it
 * does not count.)
 */
export function simplifiedOnlyCharacters(text: string): string[] {
  return [...new Set(text)].filter((char) => cnToHk(char) !== char && hkToCn(char) === char);
}
