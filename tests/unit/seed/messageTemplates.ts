/**
 * The message templates of every SeedError the parser can throw, read from its source (not a
 * list kept by hand), so a check added without a fixture is noticed. Each `new SeedError(file,
 * line, message)` in src/lib/seed/ gives its message; the message is followed to its text:
 *
 *   - a string or template literal is a template; each `${…}` is a slot that matches any text,
 *     except `${x.problem}`, which stands for each `{ problem: … }` the seed modules return
 *     (recogniseColumns says why it cannot read a table, and parsePlan says "cannot read this
 *     table: ${columns.problem}");
 *   - a parameter of the enclosing function (`fail(problem)`) stands for the argument of
 *     every call to that function in the same file;
 *   - `a ?? b` and `a || b` stand for `a` (`b` is the fallback the type checker asks for);
 *   - anything else is a library's message passed on: a template of one slot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface MessageTemplate {
  /** Where the `new SeedError(` is that throws it: "src/lib/seed/parsePlan.ts:80". */
  thrownAt: string;
  /** Where the message is written: "src/lib/seed/parsePlan.ts:95". */
  site: string;
  /** The template as source text, slots as `${…}`. */
  text: string;
  /** Matches a message (without its FILE:LINE: prefix) that this template makes. */
  pattern: RegExp;
  /** How many characters of the template are fixed text: the more, the more specific. */
  fixed: number;
}

const SLOT: unique symbol = Symbol('slot');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
type Piece = string | typeof SLOT;

/** The SeedError message templates in every .ts file of `dir` (relative to `root`). */
export function seedErrorTemplates(root: string, dir: string): MessageTemplate[] {
  return errorTemplates(root, [dir], 'SeedError');
}

/**
 * The message templates of every `new <errorClass>(…, …, message)` in the .ts files of `dirs`
 * (relative to `root`). A message that is a parameter of a helper (`damagedFile(file, what,
 * detail)`) stands for that argument at every call of the helper, in its own file first, and
 * in all the files scanned when its own file has none.
 */
export function errorTemplates(root: string, dirs: readonly string[], errorClass: string): MessageTemplate[] {
  const sources = dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => {
        const file = `${dir}/${name}`;
        return ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
      }),
  );
  const all = (test: (node: ts.Node) => boolean) =>
    sources.flatMap((source) => {
      const found: ts.Node[] = [];
      const visit = (node: ts.Node): void => {
        if (test(node)) found.push(node);
        ts.forEachChild(node, visit);
      };
      visit(source);
      return found;
    });

  const problems = all((node) => ts.isPropertyAssignment(node) && node.name.getText() === 'problem').map((node) => (node as ts.PropertyAssignment).initializer);

  /** Every text `expression` can stand for, as lists of fixed pieces and slots, each with the site it is written at. */
  const resolve = (expression: ts.Expression): { pieces: Piece[]; at: ts.Node }[] => {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [{ pieces: [expression.text], at: expression }];
    if (ts.isParenthesizedExpression(expression)) return resolve(expression.expression);
    if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expression.operatorToken.kind)) {
      return resolve(expression.left);
    }
    if (ts.isTemplateExpression(expression)) {
      let texts: Piece[][] = [[expression.head.text]];
      for (const span of expression.templateSpans) {
        const slot: Piece[][] = ts.isPropertyAccessExpression(span.expression) && span.expression.name.text === 'problem'
          ? problems.flatMap((problem) => resolve(problem).map(({ pieces }) => pieces))
          : [[SLOT]];
        texts = texts.flatMap((text) => slot.map((filled): Piece[] => [...text, ...filled, span.literal.text]));
      }
      return texts.map((pieces) => ({ pieces, at: expression }));
    }
    if (ts.isIdentifier(expression)) {
      const forwarded = forwardedArguments(expression);
      if (forwarded) return forwarded.flatMap(resolve);
    }
    return [{ pieces: [SLOT], at: expression }];
  };

  /** The arguments passed for a parameter, when `identifier` is one of its enclosing function's. */
  const forwardedArguments = (identifier: ts.Identifier): ts.Expression[] | null => {
    for (let node: ts.Node | undefined = identifier.parent; node; node = node.parent) {
      if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node) && !ts.isFunctionDeclaration(node)) continue;
      const index = node.parameters.findIndex((parameter) => parameter.name.getText() === identifier.text);
      if (index < 0) continue;
      const name = ts.isFunctionDeclaration(node) ? node.name?.text : ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : undefined;
      if (!name) return null;
      const file = node.getSourceFile();
      const calls = all((call) => ts.isCallExpression(call) && call.expression.getText() === name);
      const local = calls.filter((call) => call.getSourceFile() === file);
      return (local.length > 0 ? local : calls).flatMap((call) => (call as ts.CallExpression).arguments[index] ?? []);
    }
    return null;
  };

  const siteOf = (node: ts.Node) => `${node.getSourceFile().fileName}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  return all((node) => ts.isNewExpression(node) && node.expression.getText() === errorClass).flatMap((node) => {
    const message = (node as ts.NewExpression).arguments?.[2];
    if (!message) throw new Error(`${siteOf(node)}: a ${errorClass} without a message`);
    return resolve(message).map(({ pieces, at }) => {
      const fixedText = pieces.filter((piece): piece is string => piece !== SLOT);
      return {
        thrownAt: siteOf(node),
        site: siteOf(at),
        text: pieces.map((piece) => (piece === SLOT ? '${…}' : piece)).join(''),
        pattern: new RegExp(`^${pieces.map((piece) => (piece === SLOT ? '[\\s\\S]*' : escapeRegExp(piece))).join('')}$`, 'u'),
        fixed: fixedText.join('').length,
      };
    });
  });
}

/** The template that made `message` (without its FILE:LINE: prefix): the most specific one that matches. */
export function templateOf(message: string, templates: readonly MessageTemplate[]): MessageTemplate | undefined {
  return templates.filter((template) => template.pattern.test(message)).sort((a, b) => b.fixed - a.fixed)[0];
}
