/**
 * UI strings of the reading pages (home, measures, departments, tasks, areas, working groups,
 * 404), as templates with named slots: fill(ui.pages.measure.title, { id }). Data goes into
 * the slots already in the edition's script (tx), so the plan's wording never passes through
 * the interface-word table. Role words are the page's plan's (planRoles.ts, through txRoles),
 * filled into {role}/{lead}/{support}/{municipal}/{district}; no string here names a role itself.
 */
export const pagesUi = {
  breadcrumb: '当前位置',
  taskHeading: '{ordinal}、{title}',
  areaHeading: '（{ordinal}）{title}',
  measureCount: '{count}项措施',
  /** A list of measures' own contents: its task and area headings, linked to where they start. */
  contents: {
    label: '本页目录',
    summary: '本页目录：{tasks}项主要任务，{areas}个领域',
    areasSummary: '本页目录：{areas}个领域',
  },
  /** A side's role word followed by its label colon: "主要支持指导：", "牵头：" (the plan's words). */
  roleLabel: '{role}：',
  deadline: {
    label: '完成时限',
    completed: '已完成',
    ongoing: '持续推进，无截止日期',
  },
  home: {
    /** `{municipalColumn}`, `{districtColumn}`: the plan's names for its two columns of bodies (its 说明's: planRoles.ts), not roles. */
    intro: '《{title}》是珠海市{year}年印发的文件，把横琴片区改革创新的每一项具体措施分配给{municipalColumn}和{districtColumn}，并规定完成时限。',
    noteHeading: '文件的说明',
    figures: '数字一览',
    measures: '具体措施',
    municipal: '市级部门（含中央、省驻珠单位）',
    district: '横琴新区部门',
    groups: '市专项工作组',
    perTask: '各主要任务的措施数',
    perMonth: '各月到期的措施数',
    task: '主要任务',
    month: '到期月份',
    count: '措施数',
    waysIn: '从这里查起',
    byTask: '按主要任务浏览',
    byDepartment: '按部门查看分工清单',
    byDepartmentHint: '每个部门一页：承担的措施（列第一位的和其后的分开）、完成时限、常合作的部门，可打印为A4。',
    allMeasures: '逐项浏览全部措施',
    byGroup: '按市专项工作组浏览',
  },
  measures: {
    title: '全部措施',
    /** Slots: {municipal}, {district}: the plan's short words for each side's first-listed body. */
    description: '按主要任务和领域排列的全部{count}项具体措施，附{municipal}部门、{district}部门和完成时限。',
    intro: '共{count}项具体措施，按文件原有的主要任务和领域排列。',
  },
  measure: {
    title: '第{id}项措施',
    number: '第{id}项',
    facts: '基本信息',
    task: '主要任务',
    area: '领域',
    group: '市专项工作组',
    departments: '责任部门',
    sameLead: '同一部门列第一位的其他措施',
    /** The lead's other measures in the same role. Slots: {name}; {role}: the plan's short word for its side's first-listed body. */
    sameLeadOf: '{name}还{role}的措施',
    noOther: '没有其他措施。',
    pager: '上一项和下一项',
    previous: '上一项',
    next: '下一项',
    source: '原文出处',
  },
  departments: {
    title: '全部部门',
    description: '文件点名的{municipal}个市级部门和{district}个横琴新区部门，各自列第一位和其后的措施数。',
    intro: '点部门名称查看该部门的分工清单。两栏的部门各有各的分工称谓，见每栏的说明。',
    caption: '{side}（{count}个）',
    name: '部门',
    side: '所属',
    total: '合计',
    /** Column heads of a table that mixes both sides; `eitherNote` spells them out. */
    leadEither: '第一位',
    supportEither: '其后',
    eitherNote: '{lead}；{support}。',
    /** With plans that call the roles differently, each plan's words for a side, under its title. */
    planRoles: '《{title}》：{meaning}',
    filterLabel: '按名称筛选部门',
    filterHint: '可输入名称的一部分、全拼或拼音首字母，简体繁体均可。',
    filterStatus: '显示{shown}个部门，共{total}个。',
    filterNone: '没有名称相符的部门。',
  },
  department: {
    title: '{name}的分工清单',
    description: '{name}在文件中{lead}{leadCount}项、{support}{supportCount}项措施：措施全文、完成时限和合作部门。',
    summary: '列于“{column}”一栏：{lead}{leadCount}项措施，{support}{supportCount}项措施。',
    aliases: '文件中的其他写法：',
    /** A duty section's heading: "牵头的措施（6项）", "主要支持指导的措施（6项）". */
    duties: '{role}的措施（{count}项）',
    supportMeaning: '列在第二位及以后的是{term}。',
    byDeadline: '按完成时限排列，最早到期的在前。',
    none: '无。',
    groups: '涉及的市专项工作组',
    partners: '最常合作的部门',
    partnersCaption: '共同承担措施最多的{count}个部门',
    partnerLabel: '{name}（{side}）',
    shared: '共同措施数',
    print: '打印分工清单',
    printNote: '本页可直接打印为A4分工清单。',
  },
  tasks: {
    title: '主要任务',
    description: '文件的{count}项主要任务及其领域，每项附措施数。',
    intro: '文件把具体措施分在以下主要任务和领域之下。',
  },
  task: {
    title: '任务{ordinal}：{title}',
    description: '主要任务“{title}”下的{count}项具体措施和参与最多的部门。',
    summary: '{areas}个领域，{measures}项措施。',
  },
  area: {
    description: '领域“{title}”下的{count}项具体措施和参与的部门。',
  },
  groups: {
    title: '市专项工作组',
    description: '文件设立的{count}个市专项工作组，各自负责的措施数。',
    intro: '每项措施由一个市专项工作组统筹。',
  },
  group: {
    description: '{name}负责的{count}项具体措施和参与最多的部门。',
  },
  involvement: {
    heading: '参与最多的部门',
    caption: '参与措施最多的{count}个部门',
  },
  notFound: {
    title: '页面不存在',
    description: '要找的页面不存在或已移动。',
    lead: '要找的页面不存在。地址可能输错了，或者页面已经移动。可以从下面这些地方重新开始：',
    home: '首页：文件概况和数字一览',
    measures: '全部措施',
    departments: '全部部门：每个部门的分工清单',
    tasks: '主要任务',
    groups: '市专项工作组',
  },
} as const;
