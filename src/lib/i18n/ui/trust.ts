/**
 * UI strings of the pages that make the site citable and checkable: the source page (the
 * document as published), the about page, the source link and the citation line. Templates
 * with named slots (fill); data put into them goes through `tx` (or `exact` on /source/).
 */
export const trustUi = {
  source: {
    title: '原文',
    description: '《{title}》全文：标题、说明和全部表格，文字与原文一致。',
    intro: '本页按原样列出《{title}》的全部内容：标题、说明和{tables}张表格，共{measures}项措施。表格里的文字与本站所据的原文文本一致，未作修改，半角标点和断行留下的空格也照原样保留；其他页面为方便阅读，把中文之间的半角标点改为全角。',
    traditionalNote: '繁体版的文字由简体原文逐字转换为繁体（引号改为「」），半角标点照原样保留；逐字核对请看简体版。',
    table: '表{no}',
    tableCaption: '原文第{no}张表（共{rows}行）',
    measureRow: '第{id}项措施',
    openMeasure: '第{id}项措施的页面',
    arrivedHint: '从措施页面来的，那一行已标出。',
    emptyCell: '（空）',
  },
  original: {
    /** Where a document's text came from, above its tables on /source/. */
    fromFile: '本页文字由原件导入：',
    /** The original's facts beside its name: its kind and size, then its digest (set as code), then the closing mark. */
    factsBefore: '（{format}，{size}，SHA-256：',
    factsAfter: '）。',
    size: '{kb} KB，{bytes} 字节',
    download: '下载原件',
    /** A row's place in the original. */
    page: '原件第{page}页第{row}行',
    table: '原件第{table}个表格第{row}行',
    sheet: '原件工作表“{sheet}”{cells}',
    rowsCounted: '行数从表格第一行（表头）数起。',
    formats: {
      pdf: 'PDF 文件',
      docx: 'Word 文档',
      xlsx: 'Excel 工作簿',
      doc: 'Word 97–2003 文档',
      wps: 'WPS 文字文档',
      xls: 'Excel 97–2003 工作簿',
      et: 'WPS 表格文档',
    },
    /** /about/: the file the site's text was imported from. */
    about: '本站的文字由原件导入，原件照原样发布，可核对：',
    /** /data/: the originals, downloadable. */
    dataHeading: '原件',
    dataIntro: '本站所据的原件照原样发布。下载后可用 SHA-256 摘要核对文件未被改动。',
    columns: { file: '文件', format: '格式', size: '大小（字节）', sha256: 'SHA-256' },
  },
  sourceLink: {
    label: '原文出处',
    position: '原文第{table}张表第{row}行',
    whole: '查看原文全文',
  },
  citation: {
    heading: '引用本页',
    measure: '《{title}》第{id}项措施',
    /** `{titles}`: each plan that binds the body, in its 《》 (plans.label, joined with plans.labelsJoin). */
    department: '{titles}中{name}的分工',
    url: '网址',
    copy: '复制链接',
    copied: '已复制链接',
    failed: '无法自动复制，请选中上面的网址手动复制',
  },
  about: {
    title: '关于本站',
    description: '本站转载的是什么文件、从哪里来，本站是什么、不是什么，以及开放数据的许可。',
    documentHeading: '这份文件',
    /** `{municipalColumn}`, `{districtColumn}`: the plan's names for its two columns of bodies (its 说明's: planRoles.ts). */
    document: '本站转载的文件是《{title}》（{year}年）。原文标为“{label}”，共{tables}张表格、{measures}项具体措施，分属{tasks}项主要任务、{areas}个领域，每项措施列出市专项工作组、{municipalColumn}、{districtColumn}和完成时限。',
    documentUnlabelled: '本站转载的文件是《{title}》（{year}年），共{tables}张表格、{measures}项具体措施，分属{tasks}项主要任务、{areas}个领域，每项措施列出市专项工作组、{municipalColumn}、{districtColumn}和完成时限。',
    noteIntro: '文件开头的说明：',
    sourceLinkText: '原文全文',
    sourceLinkAfter: '（按原样列出标题、说明和全部表格）',
    siteHeading: '本站是什么、不是什么',
    siteIs: '本站把这份文件整理成可以按措施、部门、主要任务、工作组和完成时限查阅的网页，并提供责任网络、时间轴和搜索。',
    siteIsNot: '本站如实转载{year}年的分工安排，不跟踪此后的落实进展，也不代表任何部门对措施作出新的说明；措施是否完成、部门是否调整，请以有关部门的最新公布为准。',
    decisions: '整理时作出的少数决定（同一部门的两种写法、拼音读法、繁体写法、标点）连同理由列在',
    decisionsLink: '开放数据页面',
    traditional: '繁体版由简体原文自动转换，内容以简体中文原文为准。',
    publisherHeading: '发布者',
    licenceHeading: '开放数据的许可',
    licenceFiles: '本站的开放数据文件',
    licenceFilesAfter: '以下列许可发布：',
    contactHeading: '联系',
    contactEmail: '电子邮件：',
  },
} as const;
