/** The seed parser's public face: seed Markdown in, validated plan out. Pure: no file access. */
export { parsePlan, type ParseOptions, type SeedFile } from './parsePlan.ts';
export { parseAliasTable, EMPTY_ALIAS_TABLE, type AliasTable } from './aliasTable.ts';
export { SeedError } from './SeedError.ts';
