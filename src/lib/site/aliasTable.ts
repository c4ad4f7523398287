import aliasTableText from '../../../seeds/aliases.yaml?raw';
import { parseAliasTable } from '../seed/aliasTable.ts';

/** The alias table (seeds/aliases.yaml) as the site uses it: Traditional overrides, and the /data/ page. */
export const aliasTable = parseAliasTable(aliasTableText, 'seeds/aliases.yaml');
