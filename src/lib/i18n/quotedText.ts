/** A piece of text: the writer's own words, or words quoted between “ and ”. */
export interface TextPiece {
  text: string;
  quoted: boolean;
}

/**
 * Text cut at its quotation marks (“…”): the writer's words and the quoted words apart, the
 * marks themselves left out. The Traditional edition converts the writer's words but keeps a
 * quotation as it was written when what is quoted is the Simplified text itself (a decision
 * about how a character is converted quotes the character). An unmatched mark stays in the text.
 */
export function quotedText(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let rest = text;
  for (let match = /“([^“”]*)”/u.exec(rest); match; match = /“([^“”]*)”/u.exec(rest)) {
    if (match.index > 0) pieces.push({ text: rest.slice(0, match.index), quoted: false });
    pieces.push({ text: match[1]!, quoted: true });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== '') pieces.push({ text: rest, quoted: false });
  return pieces;
}
