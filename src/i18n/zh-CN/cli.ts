// zh-CN messages of the `jixiao` command (src/cli/): where its outputs go and why one could not be written.

export const cliMessages = {
  copyWritten: (file: string, copy: string) => `评分副本：${file} → ${copy}`,
  overwritesInput: (flag: string, target: string) =>
    `${flag} 会覆盖输入文件 ${target}：输入文件不会被改写。请为 ${flag} 另选一个文件夹或文件名；本次未检查任何文件。`,
  outputsCollide: (target: string) => `两个输出都要写到 ${target}：请为 --summary、--html 和 --out 分别指定不同的路径；本次未检查任何文件。`,
  cannotWrite: (what: string, target: string, reason: string) => `${what}无法写入 ${target}：${reason}。检查结果照常输出，${what}未写入。`,
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
};
