/**
 * A plan's words for its two roles on each side, from its own 说明: the body listed first on a
 * side and the others ("列明第一位的是……主要牵头落实部门……，其他属于配合参加部门……"), one
 * clause per side in column order (municipal, then district). Short forms come from the alias
 * table's `roles` register; a plan whose note names no roles gets the UI's fallback words
 * (列第一位 / 其他). A page about every plan (the departments index, search, /data/) takes the
 * words all plans share, or the UI's neutral ones (列第一位 / 列其后) when the plans' words
 * differ, so that no plan's words name another plan's measures (`commonRoles`). Pure: the
 * words are data, the page converts them for its edition.
 */
import type { AliasTable } from '../seed/aliasTable.ts';
import type { Side } from '../plan/schema.ts';
import { fill } from '../i18n/template.ts';
import { UI as ui } from '../i18n/ui.ts';

export interface SideRoles {
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

function sideRoles(clause: string, decisions: AliasTable): SideRoles | null {
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
    lead: tx(words.lead),
    support: tx(words.support),
    leadEither: tx(words.leadEither),
    supportEither: tx(words.supportEither),
    leadFull: tx(words.leadFull),
    supportFull: tx(words.supportFull),
    leadMeaning: tx(words.leadMeaning),
    supportMeaning: tx(words.supportMeaning),
  });
  return { municipal: side(roles.municipal), district: side(roles.district), either: { lead: tx(roles.either.lead), support: tx(roles.either.support) }, fromNote: roles.fromNote };
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

/** The role words of a plan whose 说明 is `note` (null: no note). */
export function planRoles(note: string | null, decisions: AliasTable): RoleWords {
  const clauses = (note ?? '').split('；').filter((clause) => clause.includes('第一位'));
  const [municipal, district] = clauses.map((clause) => sideRoles(clause, decisions));
  const fromNote = clauses.length === 2 && !!municipal && !!district;
  const sides = fromNote ? { municipal: municipal!, district: district! } : ui.roles.fallback;
  return withEither(sides, fromNote, { lead: sides.municipal.leadEither, support: sides.municipal.supportEither });
}

/** Whether two plans call their roles alike, on both sides, in every form. */
export function sameRoles(a: RoleWords, b: RoleWords): boolean {
  return JSON.stringify([a.municipal, a.district]) === JSON.stringify([b.municipal, b.district]);
}

/**
 * The role words of a page about several plans' measures at once (a department's totals, the
 * departments index, search, /data/): the plans' own when they all call the roles alike (a
 * one-plan site: its plan's), else the UI's neutral words (列第一位 / 列其后), never one
 * plan's words for another plan's measures.
 */
export function commonRoles(plans: readonly { readonly roles: RoleWords }[]): RoleWords {
  const [first, ...rest] = plans;
  if (!first) throw new Error('commonRoles: no plans');
  if (rest.every((plan) => sameRoles(plan.roles, first.roles))) return first.roles;
  return withEither(ui.roles.neutral, false, ui.roles.neutralEither);
}
