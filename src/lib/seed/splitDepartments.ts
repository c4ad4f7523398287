/**
 * Chinese names of public bodies end in a word that says what kind of body they are:
 * 局 (bureau), 委 (commission), 办 (office), 部, 院, 所, 站, 处, 中心, 公司, 协会, 行 (bank
 * branch), 关 (customs), 区 (a district acting as a body)… A token that does not end in one of
 * them is the first half of a name that a PDF line wrap cut in two.
 */
const BODY_ENDINGS = [
  '局', '委', '办', '部', '院', '所', '站', '处', '厅', '署', '室', '组', '队', '庭',
  '中心', '公司', '集团', '会', '社', '行', '关', '区', '馆', '园', '台', '校',
];

export function isCompleteBodyName(token: string): boolean {
  return BODY_ENDINGS.some((ending) => token.endsWith(ending));
}

/**
 * Splits a department cell ("市工商局 珠海仲裁委 市港澳事务局") into names, in order. A token
 * that is not a complete name joins the token after it ("横琴国际知识产权 交易中心" is one
 * body). Returns the names and, if the cell ends on an incomplete token, that token, so the
 * caller can report it.
 */
export function splitDepartments(cell: string): { names: string[]; dangling: string | null } {
  const names: string[] = [];
  let pending = '';
  for (const token of cell.split(/\s+/u).filter(Boolean)) {
    pending += token;
    if (isCompleteBodyName(pending)) {
      names.push(pending);
      pending = '';
    }
  }
  return { names, dangling: pending === '' ? null : pending };
}
