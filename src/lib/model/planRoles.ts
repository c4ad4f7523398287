/**
 * A plan's words for its two roles on each side, from its own 说明: the body listed first on a
 * side and the others ("列明第一位的是……主要牵头落实部门……，其他属于配合参加部门……"), one
 * clause per side in column order (municipal, then district). Short forms come from the alias
 * table's `roles` register; a plan whose note names no roles gets the UI's fallback words
 * (列第一位 / 其他). A page about every plan (the departments index, search, /data/) takes the
 * words all plans share, or the UI's neutral ones (列第一位 / 列其后) when the plans' words
 * differ, so that no plan's words name another plan's measures (`commonRoles`). Pure: the
 * words are data, the page converts them for its edition.
 *
 * The same clauses name the two columns: each opens by quoting its column (“市支持指导部门（含
 * 中央或者省驻珠单位）”之中，列明第一位的是……). That quote is the plan's own name for the column,
 * which its pages head the column with; the tables' own header rows cannot be trusted (the
 * PDF shifted their labels). The rule (`columnOf`): the first quoted phrase (“…”, 「…」, ‘…’,
 * "…") before the clause's 第一位 whose words, less a bracketed qualifier at their end (（含…）
 * says what the column takes in, not what it is called), end like a name for a set of bodies
 * (部门, 单位, 机构); quotes after 第一位 are the role terms. A clause quoting none, or a plan
 * without a note, gets the 2017 table's names (ui.sides.column); a page about several plans
 * gets the names they share, side by side, else neutral ones (市级部门 / 横琴新区部门).
 */
import type { AliasTable } from '../seed/aliasTable.ts';
import type { Side } from '../plan/schema.ts';
import { fill } from '../i18n/template.ts';
import { UI as ui } from '../i18n/ui.ts';

export interface SideRoles {
  /** The column's name, as the note quotes it (市支持指导部门), else the UI's fallback (ui.sides.column) or neutral one. Not a role word: a heading. */
  readonly column: string;
  /** Short forms, where space is tight: 牵头 / 配合. */
  readonly lead: string;
  readonly support: string;
  /** The forms a label naming both sides' roles uses (the register's `either`, else the short forms). */
  readonly leadEither: string;
  readonly supportEither: string;
  /** The note's terms: 主要牵头落实部门 / 配合参加部门. */
  readonly leadFull: string;
  readonly supportFull: string;
  /** What the note says of each role, as one sentence each. */
  readonly leadMeaning: string;
  readonly supportMeaning: string;
}

export type RoleWords = { readonly [S in Side]: SideRoles } & {
  /** For filters and counts that span both sides. */
  readonly either: { readonly lead: string; readonly support: string };
  /** True when the words are the note's own (every plan's, for `commonRoles`); false for the UI's fallback or neutral words. */
  readonly fromNote: boolean;
};

const LEAD = /列明?第一位的?是(?:该[^，。；“”]*?的)?([^，。；“”]+?部门)([^；。]*?)(?=，其他|；|。|$)/u;
const SUPPORT = /其[他余]的?(?:属于|为|是)([^，。；“”]+?部门)([^；。]*)/u;
/** A quoted phrase, in any of the quotation marks a note may use. */
const QUOTED = /“([^“”]+)”|「([^「」]+)」|‘([^‘’]+)’|"([^"]+)"/gu;
/** A bracketed qualifier at the end of a name: （含中央或者省驻珠单位）. */
const QUALIFIER = /\s*[（(][^（）()]*[）)]$/u;
/** How a name for a column of bodies ends. */
const BODIES = /(?:部门|单位|机构)$/u;

/**
 * The column a side's clause names: the first quoted phrase before its 第一位 that, less a
 * bracketed qualifier at its end, ends in 部门, 单位 or 机构 (“市支持指导部门（含中央或者省驻珠
 * 单位）”之中 → 市支持指导部门); null when the clause quotes none.
 */
export function columnOf(clause: string): string | null {
  const before = clause.slice(0, Math.max(clause.indexOf('第一位'), 0));
  for (const match of before.matchAll(QUOTED)) {
    const name = (match.slice(1).find((group) => group !== undefined) ?? '').trim().replace(QUALIFIER, '');
    if (BODIES.test(name)) return name;
  }
  return null;
}

/** The short form of a role term: the register's, else the term less its final 部门. */
function shortOf(term: string, decisions: AliasTable): string {
  return decisions.roles.find((entry) => entry.term === term)?.short ?? term.replace(/部门$/u, '');
}

/** The form of a role term where one label names both sides' roles. */
function eitherOf(term: string, decisions: AliasTable): string {
  const entry = decisions.roles.find((candidate) => candidate.term === term);
  return entry?.either ?? shortOf(term, decisions);
}

/** "主要牵头落实部门（牵头）" when the short form is more than the term less its 部门. */
function termWithShort(term: string, short: string): string {
  return short === term.replace(/部门$/u, '') ? term : `${term}（${short}）`;
}

/** A side's role words, without its column's name (read apart: a note may name one and not the other). */
export type SideTerms = Omit<SideRoles, 'column'>;

/** The role-word fields of a side, in the order txRoles and sameRoles go through them. */
const ROLE_FIELDS = ['lead', 'support', 'leadEither', 'supportEither', 'leadFull', 'supportFull', 'leadMeaning', 'supportMeaning'] as const satisfies readonly (keyof SideTerms)[];

function sideRoles(clause: string, decisions: AliasTable): SideTerms | null {
  const lead = LEAD.exec(clause);
  const support = SUPPORT.exec(clause);
  if (!lead || !support) return null;
  const [, leadFull = '', leadRest = ''] = lead;
  const [, supportFull = '', supportRest = ''] = support;
  const leadShort = shortOf(leadFull, decisions);
  const supportShort = shortOf(supportFull, decisions);
  return {
    lead: leadShort,
    support: supportShort,
    leadEither: eitherOf(leadFull, decisions),
    supportEither: eitherOf(supportFull, decisions),
    leadFull,
    supportFull,
    leadMeaning: `列明第一位的是${termWithShort(leadFull, leadShort)}${leadRest}。`,
    supportMeaning: `其他属于${termWithShort(supportFull, supportShort)}${supportRest.replace(/[。；]+$/u, '')}。`,
  };
}

/** A plan's role words in an edition's script (the words are data: they pass through `tx`). */
export function txRoles(roles: RoleWords, tx: (text: string) => string): RoleWords {
  const side = (words: SideRoles): SideRoles => ({
    column: tx(words.column),
    ...(Object.fromEntries(ROLE_FIELDS.map((field) => [field, tx(words[field])])) as SideTerms),
  });
  return { municipal: side(roles.municipal), district: side(roles.district), either: { lead: tx(roles.either.lead), support: tx(roles.either.support) }, fromNote: roles.fromNote };
}

/** Role words without the columns' names. */
export type RoleTerms = { readonly [S in Side]: SideTerms } & Pick<RoleWords, 'either' | 'fromNote'>;

/**
 * The role words alone, for a browser element that names roles and never a column (the
 * network's panel): no name it never shows travels in its config.
 */
export function withoutColumns(roles: RoleWords): RoleTerms {
  const side = ({ column: _column, ...terms }: SideRoles): SideTerms => terms;
  return { municipal: side(roles.municipal), district: side(roles.district), either: roles.either, fromNote: roles.fromNote };
}

/**
 * Both sides' word for a role in one phrase, joined by `or` ('{municipal}或{district}':
 * 主要支持指导或牵头); the one word when both sides use the same, never "列第一位或列第一位".
 */
export function bothSides(roles: Pick<RoleWords, Side>, role: 'lead' | 'support', or: string): string {
  const [municipal, district] = role === 'lead' ? [roles.municipal.leadEither, roles.district.leadEither] : [roles.municipal.supportEither, roles.district.supportEither];
  return municipal === district ? municipal : fill(or, { municipal, district });
}

/**
 * The label naming both sides' role at once: "第一位：主要支持指导或牵头"; the one word when
 * both sides use the same ("第一位", not "第一位：列第一位或列第一位").
 */
function eitherLabel(sides: { readonly [S in Side]: SideRoles }, role: 'lead' | 'support', same: string): string {
  const [municipal, district] = role === 'lead' ? [sides.municipal.leadEither, sides.district.leadEither] : [sides.municipal.supportEither, sides.district.supportEither];
  return municipal === district ? same : fill(ui.roles.either[role], { municipal, district });
}

function withEither(sides: { readonly [S in Side]: SideRoles }, fromNote: boolean, same: { readonly lead: string; readonly support: string }): RoleWords {
  return { ...sides, either: { lead: eitherLabel(sides, 'lead', same.lead), support: eitherLabel(sides, 'support', same.support) }, fromNote };
}

/**
 * The role words and column names of a plan whose 说明 is `note` (null: no note). The roles
 * come from the note only when both sides' clauses name them; each column's name from its own
 * clause's quote, else ui.sides.column's.
 */
export function planRoles(note: string | null, decisions: AliasTable): RoleWords {
  const clauses = (note ?? '').split('；').filter((clause) => clause.includes('第一位'));
  const [municipal, district] = clauses.map((clause) => sideRoles(clause, decisions));
  const fromNote = clauses.length === 2 && !!municipal && !!district;
  const terms = fromNote ? { municipal: municipal!, district: district! } : ui.roles.fallback;
  const column = (side: Side, clause: string | undefined) => (clauses.length === 2 && clause !== undefined ? columnOf(clause) : null) ?? ui.sides.column[side];
  const sides = {
    municipal: { column: column('municipal', clauses[0]), ...terms.municipal },
    district: { column: column('district', clauses[1]), ...terms.district },
  };
  return withEither(sides, fromNote, { lead: sides.municipal.leadEither, support: sides.municipal.supportEither });
}

/** Whether two plans call their roles alike, on both sides, in every form (their columns' names aside: `commonRoles` takes those apart). */
export function sameRoles(a: RoleWords, b: RoleWords): boolean {
  const terms = (roles: RoleWords) => (['municipal', 'district'] as const).map((side) => ROLE_FIELDS.map((field) => roles[side][field]));
  return JSON.stringify(terms(a)) === JSON.stringify(terms(b));
}

/**
 * The role words of a page about several plans' measures at once (a department's totals, the
 * departments index, search, /data/): the plans' own when they all call the roles alike (a
 * one-plan site: its plan's), else the UI's neutral words (列第一位 / 列其后), never one
 * plan's words for another plan's measures. Each column's name likewise, apart from the roles
 * and side by side: the name every plan gives it, else the neutral one (市级部门 / 横琴新区部门),
 * so plans that head a column alike keep its name even where their role words differ.
 */
export function commonRoles(plans: readonly { readonly roles: RoleWords }[]): RoleWords {
  const [first, ...rest] = plans;
  if (!first) throw new Error('commonRoles: no plans');
  const words = rest.every((plan) => sameRoles(plan.roles, first.roles)) ? first.roles : withEither(ui.roles.neutral, false, ui.roles.neutralEither);
  const column = (side: Side) => (rest.every((plan) => plan.roles[side].column === first.roles[side].column) ? first.roles[side].column : ui.roles.neutral[side].column);
  if (words === first.roles && column('municipal') === first.roles.municipal.column && column('district') === first.roles.district.column) return first.roles;
  return { ...words, municipal: { ...words.municipal, column: column('municipal') }, district: { ...words.district, column: column('district') } };
}
