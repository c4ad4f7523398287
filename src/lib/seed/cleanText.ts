/**
 * Text from the PDF carries spaces where a line wrapped: "二、着力 推进粤 港澳服 务贸易 自由化".
 * Chinese prose has no spaces between words, so any run of white space that touches a Chinese
 * character or a full-width punctuation mark is a wrap artefact and goes. White space between
 * two Latin letters or digits is real: "ISO 9001" keeps its space, "OA 平台" loses it.
 */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026`;
const WRAP_SPACE = new RegExp(String.raw`(?<=[${CJK}])\s+|\s+(?=[${CJK}])`, 'gu');

export function removeWrapSpaces(text: string): string {
  return text.trim().replace(WRAP_SPACE, '').replace(/\s+/g, ' ');
}

/** Half-width punctuation the PDF sometimes gives for its full-width twin. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const HALF_WIDTH_BESIDE_CJK = new RegExp(String.raw`(?<=[${CJK}])[,;:?!]|[,;:?!](?=[${CJK}])`, 'gu');

/**
 * One wording for a heading: wrap spaces removed, half-width punctuation between Chinese
 * characters made full-width, and a closing "。" dropped (headings do not end with one).
 */
export function normaliseHeading(text: string): string {
  return removeWrapSpaces(text)
    .replace(HALF_WIDTH_BESIDE_CJK, (mark) => FULL_WIDTH[mark] ?? mark)
    .replace(/。+$/u, '');
}
