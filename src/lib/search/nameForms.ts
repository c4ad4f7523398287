/**
 * Short and full forms (the decisions file's `forms`): the other ways a reader may write a
 * name or a text. 市工商局 is also 珠海市工商局, 市工商行政管理局 and 珠海市工商行政管理局;
 * a measure on 跨境电子商务 is also on 跨境电商. Search indexes these besides the text as printed,
 * so a reader who types either form finds it; pages always show the document's own wording.
 */
import type { NameForm } from '../seed/aliasTable.ts';
import type { Side } from '../plan/schema.ts';

/** `text` with `from` written as `to`; an occurrence already inside `to` (仲裁委 in 仲裁委员会) is left alone. */
function rewrite(text: string, from: string, to: string, start: boolean): string {
  if (start) return text.startsWith(from) && !text.startsWith(to) ? `${to}${text.slice(from.length)}` : text;
  if (!to.includes(from)) return text.replaceAll(from, to);
  return text
    .split(to)
    .map((piece) => piece.replaceAll(from, to))
    .join(to);
}

/** Both directions of each form: short → full and full → short. */
const directions = (form: NameForm) => [
  [form.short, form.full],
  [form.full, form.short],
] as const;

/**
 * Every form of a department's name: as printed, then with each applicable form rewritten in
 * either direction, and combinations of them (市工商局 → 珠海市工商行政管理局). Entries limited to
 * a side apply to names on that side only.
 */
export function nameForms(name: string, side: Side, forms: readonly NameForm[]): string[] {
  const found = new Set([name]);
  for (const form of forms) {
    if (form.side && form.side !== side) continue;
    for (const variant of [...found]) {
      for (const [from, to] of directions(form)) {
        const written = rewrite(variant, from, to, form.start ?? false);
        if (written !== variant) found.add(written);
      }
    }
  }
  return [...found];
}

/**
 * A passage of text written with each applicable form the other way, one rewrite per form
 * (not combined: a text holds many forms, and each phrase needs only its own). Forms limited to
 * a side or to the start of a name are about names, not running text.
 */
export function textForms(text: string, forms: readonly NameForm[]): string[] {
  const found = new Set<string>();
  for (const form of forms) {
    if (form.side || form.start) continue;
    for (const [from, to] of directions(form)) {
      const written = rewrite(text, from, to, false);
      if (written !== text) found.add(written);
    }
  }
  return [...found];
}
