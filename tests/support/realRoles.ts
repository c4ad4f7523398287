import { planRoles, txRoles, type RoleWords } from '../../src/lib/model/planRoles.ts';
import { readSource } from '../../src/lib/site/readPlan.ts';

let roles: RoleWords | undefined;

/**
 * The real plan's role words, read from its 说明 as the site reads them (the words are data:
 * seeds/aliases.yaml's `roles` gives their short forms); in an edition's script when given its `tx`.
 */
export function realRoles(edition?: { tx: (text: string) => string }): RoleWords {
  if (!roles) {
    const { plan, decisions } = readSource();
    roles = planRoles(plan.meta.note, decisions);
  }
  return edition ? txRoles(roles, edition.tx) : roles;
}
