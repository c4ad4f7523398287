/**
 * A one-argument function that remembers its answers. The build renders every page once per
 * edition, and the same names and texts come up on hundreds of pages: a lookup costs far
 * less than converting or cutting a string again. Only for pure functions.
 */
export function memoize<T>(compute: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text)!;
    const answer = compute(text);
    answers.set(text, answer);
    return answer;
  };
}
