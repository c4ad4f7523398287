/**
 * The error-message contract shared by the seed parser and the progress layer: every message
 * an error class of a source folder can carry has a saved case (a fixture folder with the bad
 * input and the exact expected message), and a test fails when one has none. The templates
 * are read from the source (not a list kept by hand), so a check added without a fixture is
 * noticed. Each `new SeedError(…, message)` (or whichever classes a folder throws; the message
 * is the last argument) gives its message, followed to its text:
 *
 *   - a string or template literal is a template; each `${…}` is a slot that matches any text,
 *     except `${x.problem}`, which stands for each `{ problem: … }` the folder's modules return
 *     (recogniseColumns says why it cannot read a table, and parsePlan says "cannot read this
 *     table: ${columns.problem}"); a bare `x.problem` as the message stands for them too;
 *   - a parameter of the enclosing function (`fail(problem)`) stands for the argument of
 *     every call to that function in the same file;
 *   - a call of a function written in the folder (`describeIssue(issue)`) stands for each
 *     value that function returns;
 *   - a `const` of the enclosing function or module stands for its initial value;
 *   - `c ? a : b` stands for `a` and `b`; `null` and `undefined` stand for no message;
 *   - `a ?? b` and `a || b` stand for `a` (`b` is the fallback the type checker asks for);
 *   - anything else is a library's message passed on: a template of one slot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

export interface MessageTemplate {
  /** Where the `new SeedError(` is that throws it: "src/lib/seed/parsePlan.ts:80". */
  thrownAt: string;
  /** Where the message is written: "src/lib/seed/parsePlan.ts:95". */
  site: string;
  /** The template as source text, slots as `${…}`. */
  text: string;
  /** Matches a message (without its location prefix) that this template makes. */
  pattern: RegExp;
  /** How many characters of the template are fixed text: the more, the more specific. */
  fixed: number;
}

export interface MessageSource {
  /** The project root, which `dir` is relative to. */
  root: string;
  /** The folder whose .ts files (and subfolders') are scanned: "src/lib/seed". */
  dir: string;
  /** The error classes whose messages are templates: ["SeedError"]. */
  errorClasses: readonly string[];
}

const SLOT: unique symbol = Symbol('slot');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
type Piece = string | typeof SLOT;
type FunctionNode = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

/** The .ts files of a folder and its subfolders, relative to the root, in name order. */
export function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${dir}/${name.split(path.sep).join('/')}`)
    .sort();
}

/** The message templates of every error the folder's classes can carry. */
export function errorMessageTemplates({ root, dir, errorClasses }: MessageSource): MessageTemplate[] {
  const sources = sourceFiles(root, dir).map((file) => ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true));
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
  const isProblem = (expression: ts.Expression) => ts.isPropertyAccessExpression(expression) && expression.name.text === 'problem';

  /** Functions written in the folder, by name: declarations and `const name = (…) => …`. */
  const functions = new Map<string, FunctionNode[]>();
  for (const node of all((n) => ts.isFunctionDeclaration(n) || ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent)))) {
    const fn = node as FunctionNode;
    const name = ts.isFunctionDeclaration(fn) ? fn.name?.text : (fn.parent as ts.VariableDeclaration).name.getText();
    if (name) functions.set(name, [...(functions.get(name) ?? []), fn]);
  }

  /** The values a function returns: its concise body, or each `return` outside nested functions. */
  const returnsOf = (fn: FunctionNode): ts.Expression[] => {
    if (!fn.body) return [];
    if (!ts.isBlock(fn.body)) return [fn.body];
    const found: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node)) return;
      if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(fn.body, visit);
    return found;
  };

  /** Every text `expression` can stand for, as lists of fixed pieces and slots, each with the site it is written at. */
  const resolve = (expression: ts.Expression, following: ReadonlySet<FunctionNode> = new Set()): { pieces: Piece[]; at: ts.Node }[] => {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [{ pieces: [expression.text], at: expression }];
    if (ts.isParenthesizedExpression(expression)) return resolve(expression.expression, following);
    if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expression.operatorToken.kind)) {
      return resolve(expression.left, following);
    }
    if (ts.isConditionalExpression(expression)) return [...resolve(expression.whenTrue, following), ...resolve(expression.whenFalse, following)];
    if (expression.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expression) && expression.text === 'undefined')) return [];
    if (isProblem(expression)) return problems.flatMap((problem) => resolve(problem, following));
    if (ts.isTemplateExpression(expression)) {
      let texts: Piece[][] = [[expression.head.text]];
      for (const span of expression.templateSpans) {
        const slot: Piece[][] = isProblem(span.expression) ? problems.flatMap((problem) => resolve(problem, following).map(({ pieces }) => pieces)) : [[SLOT]];
        texts = texts.flatMap((text) => slot.map((filled): Piece[] => [...text, ...filled, span.literal.text]));
      }
      return texts.map((pieces) => ({ pieces, at: expression }));
    }
    if (ts.isIdentifier(expression)) {
      const forwarded = forwardedArguments(expression);
      if (forwarded) return forwarded.flatMap((argument) => resolve(argument, following));
      const initial = constantValue(expression);
      if (initial) return resolve(initial, following);
    }
    if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression)) {
      const called = (functions.get(expression.expression.text) ?? []).filter((fn) => !following.has(fn));
      if (called.length > 0) return called.flatMap((fn) => returnsOf(fn).flatMap((value) => resolve(value, new Set([...following, fn]))));
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
      return all((call) => ts.isCallExpression(call) && call.getSourceFile() === file && call.expression.getText() === name)
        .flatMap((call) => (call as ts.CallExpression).arguments[index] ?? []);
    }
    return null;
  };

  /** The initial value of the `const` an identifier names, in the nearest enclosing scope that declares it. */
  const constantValue = (identifier: ts.Identifier): ts.Expression | null => {
    for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
      if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
        const declaration = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === identifier.text);
        if (declaration?.initializer) return declaration.initializer;
      }
    }
    return null;
  };

  const siteOf = (node: ts.Node) => `${node.getSourceFile().fileName}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  return all((node) => ts.isNewExpression(node) && errorClasses.includes(node.expression.getText())).flatMap((node) => {
    const message = (node as ts.NewExpression).arguments?.at(-1);
    if (!message) throw new Error(`${siteOf(node)}: an error without a message`);
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

/** The template that made `message` (without its location prefix): the most specific one that matches. */
export function templateOf(message: string, templates: readonly MessageTemplate[]): MessageTemplate | undefined {
  return templates.filter((template) => template.pattern.test(message)).sort((a, b) => b.fixed - a.fixed)[0];
}

/** A saved case as the contract sees it: its name and the message it expects, without the location. */
export interface CaseMessage {
  name: string;
  problem: string;
}

/**
 * The contract's three checks, as a describe block: the scan sees every `new <Class>(` of the
 * folder, each case's message comes from a template, and each template has a case.
 */
export function describeMessageContract(source: MessageSource, cases: readonly CaseMessage[], casesDir: string): void {
  const classes = source.errorClasses.join(', ');
  describe(`every ${classes} message of ${source.dir}/ has a saved case in ${casesDir}`, () => {
    const templates = errorMessageTemplates(source);

    it(`the scan of ${source.dir}/ finds a message for every \`new ${classes}(\` written there`, () => {
      const written = sourceFiles(source.root, source.dir).flatMap((file) =>
        readFileSync(path.join(source.root, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (source.errorClasses.some((name) => line.includes(`new ${name}(`)) ? [`${file}:${i + 1}`] : [])),
      );
      expect(written.length).toBeGreaterThan(0);
      expect([...new Set(templates.map((template) => template.thrownAt))].sort()).toEqual(written.sort());
    });

    it('each expected message comes from one of those templates', () => {
      const unmatched = cases.filter(({ problem }) => !templateOf(problem, templates)).map(({ name, problem }) => `${name}: ${problem}`);
      expect(unmatched).toEqual([]);
    });

    it(`each template in ${source.dir}/ is the message of at least one case`, () => {
      // A message written once and thrown from two places (a rule's problem) needs one case.
      const written = (template: MessageTemplate) => `${template.site}: ${template.text}`;
      const covered = new Set(cases.map(({ problem }) => templateOf(problem, templates)).filter((t) => t !== undefined).map(written));
      const uncovered = [...new Set(templates.map(written))].filter((template) => !covered.has(template));
      expect(uncovered).toEqual([]);
    });
  });
}
