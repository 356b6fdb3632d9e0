// `npm start` / `npm stop`: runs office-addin-debugging (sideloads manifest.xml into Excel and starts the
// dev server) when it is installed. It is an optional dependency: it pulls in keytar, a native module
// that must be compiled (Debian: libsecret-1-dev and pkg-config) when no prebuilt binary can be
// downloaded, so a failed build must not fail `npm ci`. Without it this prints what to do instead.
'use strict';

const path = require('node:path');
const { spawnSync } = require('node:child_process');

function findTool() {
  try {
    const pkgFile = require.resolve('office-addin-debugging/package.json');
    const pkg = require(pkgFile);
    const bin =
      typeof pkg.bin === 'string'
        ? pkg.bin
        : pkg.bin && (pkg.bin['office-addin-debugging'] || Object.values(pkg.bin)[0]);
    return bin ? path.join(path.dirname(pkgFile), bin) : null;
  } catch {
    return null;
  }
}

function main(args) {
  const tool = findTool();
  if (!tool) {
    console.error(
      [
        'office-addin-debugging 未安装（它是可选依赖，依赖需要编译的 keytar 模块）。',
        'office-addin-debugging is not installed (an optional dependency; it needs the native keytar module).',
        '',
        '安装方法 / to install it:',
        '  Debian/Ubuntu: sudo apt-get install libsecret-1-dev pkg-config && npm install',
        '  Windows/macOS:  npm install      (keytar has prebuilt binaries there)',
        '',
        '不安装也可以调试 / or, without it:',
        '  npm run dev-server        # https://localhost:3000/ (首次运行会安装开发证书)',
        '  然后在 Excel 中「插入 → 加载项 → 我的加载项 → 上传我的加载项」选择 manifest.xml',
        '  (Excel on the web: Insert → Add-ins → Upload My Add-in → manifest.xml)',
      ].join('\n'),
    );
    return 1;
  }
  const env = { ...process.env };
  if (env.OFFICE_ADDIN_USAGE_DATA_OPT_OUT === undefined) env.OFFICE_ADDIN_USAGE_DATA_OPT_OUT = 'true';
  const r = spawnSync(process.execPath, [tool, ...args], { stdio: 'inherit', env });
  return r.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
