/**
 * Strings of the open-data page (/data/), as templates with named slots (fill). Field descriptions are keyed by the field's path
 * in the file; a unit test checks they cover exactly the fields the schemas and CSV columns
 * define, so the documentation cannot drift from the data.
 */
export const dataUi = {
  nav: '开放数据',
  title: '开放数据',
  description: '下载本站全部数据（JSON 与 CSV），了解每个字段的含义和数据整理方法。',
  /** The open data as dataset search reads it (structured data on /data/); the description runs to 50 characters or more, as Google asks. */
  dataset: {
    name: '《{title}》分工数据',
    description: '《{title}》全部{measures}项具体措施的分工数据：每项措施的文字、市专项工作组、{municipal}、{district}和完成时限，以及{departments}个部门各自承担的措施。JSON 与 CSV 格式，可以自由下载和再利用。',
    keywords: ['任务分工', '改革措施', '部门职责', '完成时限', '开放数据'],
  },
  intro: '本站的全部内容都来自《{title}》。下面的文件可以自由下载、转换和再利用；字段含义和整理方法列在后面。',
  filesHeading: '文件',
  fileColumns: { file: '文件', format: '格式', unit: '每一条是', size: '条数' },
  files: {
    'measures.json': { format: 'JSON 数组，按编号排序', unit: '一项具体措施' },
    'departments.json': { format: 'JSON 数组，市级部门在前', unit: '一个部门' },
    'measures.csv': { format: 'CSV（UTF-8，带 BOM，方便电子表格直接打开）', unit: '一项具体措施，部门名单以“、”连接' },
    'assignments.csv': { format: 'CSV（UTF-8，带 BOM）', unit: '一个部门在一项措施中的分工（关系网络的一条边）' },
    'plans.json': { format: 'JSON 数组', unit: '一份任务分工表' },
  },
  slicesHeading: '单页数据',
  slices: '每项措施和每个部门的页面都提供自己的数据：',
  sliceMeasure: '措施及其各部门的标识（slug）',
  /** Slots: {lead}, {support} as in `fields`. */
  sliceDepartment: '部门及其列第一位（{lead}）和其后（{support}）的全部措施全文',
  fieldsHeading: '{file} 的字段',
  fieldColumns: { field: '字段', meaning: '含义' },
  /**
   * The roles in the field notes: {municipalLead} and {districtLead} are each side's term for
   * its first-listed body, {lead} and {support} both sides' words joined by `roleEither`. This
   * page documents every plan's data, so each slot holds the plans' words: one phrase when all
   * plans say the same (a one-plan site: its 说明's), else each plan's after its slug (the
   * records' `plan` value), so a reader of the files learns every table's words and no plan's
   * words are given as another's. {municipalColumn} and {districtColumn} name the two columns as
   * every plan does, else neutrally (市级部门 / 横琴新区部门: planRoles.ts commonRoles).
   */
  roleEither: '{municipal}或{district}',
  planRoles: '{plan}：{words}',
  planRolesJoin: '；',
  fields: {
    measures: {
      id: '措施编号，1 至 N，连续不缺号',
      'task.no': '所属主要任务的序号（一、二……记作 1、2……）',
      'task.title': '主要任务的标题（不含序号）',
      'area.no': '所属领域的序号，全文统一编号（(一) 至 (十六) 记作 1 至 16）',
      'area.title': '领域的标题（不含序号）',
      text: '措施全文（不含编号）',
      group: '市专项工作组',
      municipal: '{municipalColumn}（含中央、省驻珠单位），按原文顺序；第一个为{municipalLead}',
      district: '{districtColumn}，按原文顺序；第一个为{districtLead}',
      'deadline.label': '原文的完成时限，如“8月底”“已完成”',
      'deadline.date': '时限对应的最后一天（YYYY-MM-DD）；已完成或持续推进的为 null',
      'deadline.completed': '原文注明“已完成”时为 true',
      'deadline.ongoing': '原文为“持续推进”“长期坚持”“长期”时为 true',
      'source.file': '数据来源的文件',
      'source.line': '该措施在来源文件中的行号',
      plan: '所属任务分工表的标识（plans.json 的 slug）；编号在每份表内各自从 1 起',
      url: '该措施页面的网址（站内路径，简体版）',
    },
    departments: {
      slug: '部门的固定标识（由名称的拼音生成），用于网址',
      name: '部门名称（统一后的写法）',
      side: 'municipal 为市级（含中央、省驻珠单位），district 为横琴新区',
      aliases: '原文中出现的其他写法',
      lead: '该部门排在第一位（{lead}）的措施编号',
      support: '该部门排在第二位及以后（{support}）的措施编号；本站收录多份任务分工表时写作“表的标识/编号”',
      url: '该部门页面的网址（站内路径，简体版）',
      'duties.plan': '任务分工表的标识',
      'duties.lead': '该部门在这份表中排在第一位的措施编号',
      'duties.support': '该部门在这份表中排在其后的措施编号',
    },
    plans: {
      slug: '任务分工表的固定标识，用于网址和各条数据的 plan 字段',
      title: '文件标题',
      year: '文件的年份（取自标题）',
      url: '该表首页的网址（站内路径，简体版）',
      measures: '该表的措施数',
    },
    'measures.csv': {
      plan: '所属任务分工表的标识',
      id: '措施编号',
      task_no: '主要任务序号',
      task: '主要任务标题',
      area_no: '领域序号',
      area: '领域标题',
      text: '措施全文',
      group: '市专项工作组',
      municipal: '{municipalColumn}，以“、”连接，第一个为{municipalLead}',
      district: '{districtColumn}，以“、”连接，第一个为{districtLead}',
      deadline: '原文的完成时限',
      deadline_date: '时限对应的最后一天，空白表示已完成或持续推进',
      completed: '是否已完成（true/false）',
      ongoing: '是否持续推进（true/false）',
      source_file: '来源文件',
      source_line: '来源文件中的行号',
    },
    'assignments.csv': {
      plan: '所属任务分工表的标识',
      measure: '措施编号',
      department: '部门名称',
      slug: '部门标识',
      side: 'municipal（市级）或 district（横琴新区）',
      role: 'lead（名单第一位：{lead}）或 support（其后：{support}）',
      position: '在该措施该侧名单中的位置，1 为第一位',
    },
  },
  cleaningHeading: '数据如何整理',
  cleaning: [
    '原文由 PDF 转出，表格的表头与内容错位、部分表格多出空列：本站按单元格内容识别各列，而不依赖表头。',
    '与上一行相同的“主要任务”“领域”单元格在原文中留空（跨表格也是如此）：本站沿用上一行的值。',
    'PDF 换行在中文词语中间留下的空格已删除，如“着力 推进粤 港澳服 务贸易 自由化”。',
    '同一任务或领域在不同表格中写法略有不同（如“市场化、便利化”与“市场化和便利化”、全角与半角逗号、句末句号）：按序号识别，采用出现次数最多的写法，并统一为全角标点、去掉句末句号。',
    '被换行拆开的部门名称（如“横琴国际知识产权 交易中心”）按机构名称的结尾（局、委、办、中心、公司等）重新连接。',
    '完成时限中的多余空格已删除（“8 月底”即“8月底”），并换算为该月最后一天；年份取自文件标题。',
  ],
  aliasesHeading: '同一部门的不同写法',
  aliasColumns: { name: '采用的名称', also: '原文中的其他写法', side: '所属', why: '理由' },
  readingsHeading: '拼音读音的校正',
  readingColumns: { word: '词语', pinyin: '拼音', why: '理由' },
  traditionalHeading: '繁体转换的校正',
  traditionalColumns: { simplified: '简体', traditional: '繁体', why: '理由' },
  decisionsSource: '以上三张表列出整理数据时作出的全部决定，每条都写明理由。',
  /** Quotation marks around quoted document text (「」 in the Traditional edition). */
  quoteMarks: '“”',
} as const;
