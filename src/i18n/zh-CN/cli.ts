// zh-CN messages of the `jixiao` command (src/cli/): its help and usage errors (commander's English replaced through
// commander's own hooks), where its outputs go and why one could not be written, and findings in the command's words.

export const cliMessages = {
  copyWritten: (file: string, copy: string) => `评分副本：${file} → ${copy}`,
  /** The cell-conflict notices folded under the errors that already name those cells. */
  keptValues: (n: number, cells: string[]) =>
    `（以上错误中有${n}处是手工填写的值（${cells.join('、')}），评分副本中保留原值，不改写；请核对后在表中修改。）`,
  overwritesInput: (flag: string, target: string) =>
    `${flag} 会覆盖输入文件 ${target}：输入文件不会被改写。请为 ${flag} 另选一个文件夹或文件名；本次未检查任何文件。`,
  outputsCollide: (target: string) =>
    `两个输出都要写到 ${target}：请为 --summary、--html 和 --out 分别指定不同的路径；本次未检查任何文件。`,
  cannotWrite: (what: string, target: string, reason: string) =>
    `${what}无法写入 ${target}：${reason}。检查结果照常输出，${what}未写入。`,
  what: { out: '评分副本', summary: '汇总工作簿', html: 'HTML 报告' },
  /** Why a path cannot be written, from the system's error code (never its English message). */
  reason: (code: string | undefined, blocker?: string): string => {
    switch (code) {
      case 'EEXIST':
      case 'ENOTDIR':
        return blocker ? `${blocker} 是一个文件，不是文件夹` : '路径中有一部分是文件，不是文件夹';
      case 'EISDIR':
        return '这是一个已有的文件夹，请指定文件名';
      case 'EACCES':
      case 'EPERM':
        return '没有写入权限';
      case 'EROFS':
        return '所在位置是只读的';
      case 'ENOSPC':
        return '磁盘空间不足';
      case 'ENOENT':
        return blocker ? `无法在 ${blocker} 中创建文件夹` : '所在文件夹不存在，也无法创建';
      case 'ENAMETOOLONG':
        return '路径太长';
      default:
        return `系统错误${code ? `（${code}）` : ''}`;
    }
  },

  // help (commander's headings, passed through Help.styleTitle)
  helpTitles: {
    'Usage:': '用法：',
    'Arguments:': '参数：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Global Options:': '全局选项：',
  } as Record<string, string>,
  programUsage: '<命令> [选项]',
  checkUsage: '[选项] <文件或文件夹...>',
  helpOption: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  defaultValue: (v: string) => `（默认：${v}）`,
  checkExamples: [
    '',
    '示例：',
    '  jixiao check 自评表.xlsx',
    '  jixiao check 各部门/ --out 评分副本/ --summary 汇总.xlsx --html 报告.html',
    '  jixiao check 各部门/ --json > 结果.json',
    '',
  ].join('\n'),
  helpAfterError: '（运行 jixiao --help 或 jixiao check --help 查看用法）',
  /** commander's usage errors, read from its message (the documented outputError hook gets only the text). */
  usageError: (english: string): string => {
    const text = english.replace(/^error:\s*/, '').trim();
    const [first, ...rest] = text.split('\n');
    const q = (re: RegExp) => re.exec(first)?.slice(1) ?? [];
    let out: string;
    let m: string[];
    if ((m = q(/^missing required argument '(.+)'$/)).length) out = `缺少必需的参数：${m[0]}`;
    else if ((m = q(/^option '(.+)' argument missing$/)).length) out = `选项 ${m[0]} 缺少取值`;
    else if ((m = q(/^required option '(.+)' not specified$/)).length) out = `缺少必需的选项 ${m[0]}`;
    else if ((m = q(/^unknown option '(.+)'$/)).length) out = `无法识别的选项：${m[0]}`;
    else if ((m = q(/^unknown command '(.+)'$/)).length) out = `无法识别的命令：${m[0]}（可用的命令：check）`;
    else if ((m = q(/^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/)).length)
      out = `参数太多：应为 ${m[1]} 个，实际 ${m[2]} 个`;
    else if ((m = q(/^option '(.+)' argument '(.*)' is invalid\.?(.*)$/)).length)
      out = `选项 ${m[0]} 的取值“${m[1]}”无效${m[2] ? `：${m[2].trim()}` : ''}`;
    else if ((m = q(/^(.+) cannot be used with (.+)$/)).length) out = `${m[0]} 不能与 ${m[1]} 同时使用`;
    else out = `命令用法有误：${first}`;
    const similar = /\(Did you mean (?:one of )?(.+)\?\)/.exec(rest.join('\n'))?.[1];
    if (similar) out += `（是否想输入 ${similar}？）`;
    return `jixiao：${out}\n`;
  },
  // findings in the command's words (the plan's conflict text speaks of the pane's preview dialog)
  conflict: (where: string, current: string, expected: string, why: string) =>
    `${where} 现为 ${current}（手工填写），按规则应为 ${expected}：${why}。保留原值，评分副本中也不改写；请核对后在表中修改。`,
  conflictFormula: (where: string, formula: string, current: string, expected: string, why: string) =>
    `${where} 现为公式 ${formula}（结果 ${current}），按规则应为 ${expected}：${why}。保留原公式，评分副本中也不改写；请核对公式。`,
};
