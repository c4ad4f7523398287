/**
 * UI strings of the reading pages (home, measures, departments, tasks, areas, working groups,
 * 404). Names passed to the functions are data, in Simplified: the Traditional edition converts
 * each function's whole output.
 */
export const pagesUi = {
  /** The two columns of the table, as the document heads them. */
  sideColumn: { municipal: '市支持指导部门', district: '横琴新区牵头配合部门' },
  /** Short name of each side, for table cells. */
  side: { municipal: '市', district: '横琴新区' },
  /** What being first on each side means, in the words of the document's note. */
  leadMeaning: {
    municipal: '列在“市支持指导部门”第一位：负主要支持指导责任。',
    district: '列在“横琴新区牵头配合部门”第一位：承担第一位次的工作责任。',
  },
  /** The marker beside the body listed first on its side. */
  lead: '牵头',
  breadcrumb: '当前位置',
  taskHeading: (ordinal: string, title: string) => `${ordinal}、${title}`,
  areaHeading: (ordinal: string, title: string) => `（${ordinal}）${title}`,
  measureCount: (n: number) => `${n}项措施`,
  deadline: {
    label: '完成时限',
    date: (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      return `${y}年${m}月${d}日`;
    },
    completed: '已完成',
    ongoing: '持续推进，无截止日期',
  },
  home: {
    intro: (title: string, year: number) => `《${title}》是珠海市${year}年印发的文件，把横琴片区改革创新的每一项具体措施分配给市级支持指导部门和横琴新区牵头配合部门，并规定完成时限。`,
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
    monthLabel: (month: string) => {
      const [y, m] = month.split('-').map(Number);
      return `${y}年${m}月`;
    },
    count: '措施数',
    waysIn: '从这里查起',
    byTask: '按主要任务浏览',
    byDepartment: '按部门查看分工清单',
    byDepartmentHint: '每个部门一页：牵头和配合的措施、完成时限、常合作的部门，可打印为A4。',
    allMeasures: '逐项浏览全部措施',
    byGroup: '按市专项工作组浏览',
  },
  measures: {
    title: '全部措施',
    description: (n: number) => `按主要任务和领域排列的全部${n}项具体措施，附牵头部门和完成时限。`,
    intro: (n: number) => `共${n}项具体措施，按文件原有的主要任务和领域排列。`,
  },
  measure: {
    title: (id: number) => `第${id}项措施`,
    number: (id: number) => `第${id}项`,
    leads: '牵头部门：',
    facts: '基本信息',
    task: '主要任务',
    area: '领域',
    group: '市专项工作组',
    departments: '责任部门',
    sameLead: '同一牵头部门的其他措施',
    sameLeadOf: (name: string) => `${name}还牵头的措施`,
    noOther: '没有其他措施。',
    pager: '上一项和下一项',
    previous: '上一项',
    next: '下一项',
    source: '原文出处',
    sourceLine: (file: string, line: number) => `${file} 第${line}行`,
  },
  departments: {
    title: '全部部门',
    description: (municipal: number, district: number) => `文件点名的${municipal}个市级部门和${district}个横琴新区部门，各自牵头和配合的措施数。`,
    intro: '点部门名称查看该部门的分工清单。每个部门的措施分为两类：列在本方第一位的为“牵头”，其余为“配合”。',
    caption: (side: string, n: number) => `${side}（${n}个）`,
    name: '部门',
    side: '所属',
    lead: '牵头',
    support: '配合',
    total: '合计',
  },
  department: {
    title: (name: string) => `${name}的分工清单`,
    description: (name: string, lead: number, support: number) => `${name}在文件中牵头${lead}项、配合${support}项措施：措施全文、完成时限和合作部门。`,
    summary: (column: string, lead: number, support: number) => `列于“${column}”一栏：牵头${lead}项措施，配合${support}项措施。`,
    aliases: '文件中的其他写法：',
    lead: (n: number) => `牵头的措施（${n}项）`,
    support: (n: number) => `配合的措施（${n}项）`,
    supportMeaning: '列在本方第二位及以后：做好支持配合工作。',
    byDeadline: '按完成时限排列，最早到期的在前。',
    none: '无。',
    groups: '涉及的市专项工作组',
    partners: '最常合作的部门',
    partnersCaption: (n: number) => `共同承担措施最多的${n}个部门`,
    shared: '共同措施数',
    printNote: '本页可直接打印为A4分工清单。',
  },
  tasks: {
    title: '主要任务',
    description: (n: number) => `文件的${n}项主要任务及其领域，每项附措施数。`,
    intro: '文件把具体措施分在以下主要任务和领域之下。',
  },
  task: {
    title: (ordinal: string, title: string) => `任务${ordinal}：${title}`,
    description: (title: string, n: number) => `主要任务“${title}”下的${n}项具体措施和参与最多的部门。`,
    summary: (areas: number, measures: number) => `${areas}个领域，${measures}项措施。`,
  },
  area: {
    description: (title: string, n: number) => `领域“${title}”下的${n}项具体措施和参与的部门。`,
  },
  groups: {
    title: '市专项工作组',
    description: (n: number) => `文件设立的${n}个市专项工作组，各自负责的措施数。`,
    intro: '每项措施由一个市专项工作组统筹。',
  },
  group: {
    description: (name: string, n: number) => `${name}负责的${n}项具体措施和参与最多的部门。`,
  },
  involvement: {
    heading: '参与最多的部门',
    caption: (n: number) => `参与措施最多的${n}个部门`,
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
};
