// webpack build of the Excel add-in (generator-office conventions): `taskpane` and `commands` entries,
// HtmlWebpackPlugin pages, CopyWebpackPlugin for icons, the manifest and Office.js itself.
//
// Options (`--env name[=value]`):
//   url=https://intranet.example/jixiao/   address the add-in is served from; production builds write it
//                                          into dist/addin/manifest.xml (default: https://localhost:3000/)
//   officeCdn                              load Office.js from Microsoft's CDN instead of the add-in's
//                                          own copy (office-js/, copied from @microsoft/office-js)
//   http                                   dev server over plain http (tests, CI: no dev certificates)
//   fakeHost                               browser tests: office-js/office.js is the in-memory Excel host
//                                          (test/support/fakeExcel/browser.ts) instead of Office.js; it
//                                          opens the grids the test puts in window.__JIXIAO_FAKE_WORKBOOK__
//
// Output goes to dist/addin/ (dist/ itself also holds the CLI build). `npm run dev-server` serves the
// same files from memory on port 3000, over https with office-addin-dev-certs unless `--env http`.
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;
const OFFICE_JS_LOCAL = 'office-js/office.js';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OUT = path.resolve(__dirname, 'dist', 'addin');
const FAKE_HOST_ENTRY = 'office-js/office';

/** Entries and their page templates (the manifest test maps manifest URLs back to these sources). */
const PAGES = {
  taskpane: { entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html', scriptLoading: 'defer' },
  // Blocking: the ribbon's function must be associated while the page loads, not later (OfficeDev/office-js#2744).
  commands: { entry: './src/commands/commands.ts', template: './src/commands/commands.html', scriptLoading: 'blocking' },
};

/** Office.js files the add-in needs: office.js, its Excel host scripts, locales and helpers (no debug builds, no other hosts). */
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*-vsdoc.js',
  '**/*.d.ts',
  '**/{access,onenote,outlook,powerpoint,project,word,wordios,powerpointios,outlookwebapp}*',
];

function withSlash(u) {
  return u.endsWith('/') ? u : `${u}/`;
}

/** The address the add-in is served from, for this build. */
function addinUrl(env, production) {
  if (env.url) {
    const u = new URL(withSlash(String(env.url)));
    if (u.protocol !== 'https:' && u.hostname !== 'localhost') {
      throw new Error(`--env url must be an https address (Office only loads add-ins over https): ${env.url}`);
    }
    return u.toString();
  }
  if (env.http) return DEV_URL.replace('https:', 'http:');
  if (production) console.warn(`[jixiao] production build without --env url=…: the manifest points at ${DEV_URL}`);
  return DEV_URL;
}

/** Writes the chosen Office.js source into every page (the templates load office-js/office.js). */
class OfficeJsSourcePlugin {
  constructor(src) {
    this.src = src;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsSourcePlugin', (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap('OfficeJsSourcePlugin', (data) => {
        if (this.src !== OFFICE_JS_LOCAL) data.html = data.html.split(`"${OFFICE_JS_LOCAL}"`).join(`"${this.src}"`);
        return data;
      });
    });
  }
}

/** https options from office-addin-dev-certs, required only when the dev server needs them. */
async function devHttps() {
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    throw new Error('office-addin-dev-certs is not installed: run `npm ci`, or start the dev server with --env http');
  }
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const url = addinUrl(env, production);
  const officeJs = env.officeCdn && !env.fakeHost ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  const serving = !!env.WEBPACK_SERVE;

  const copy = [
    { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      // Pages and icons move to `url`; the AppDomain (an origin, no path) to its origin.
      transform: (content) => content.toString().split(DEV_URL).join(url).split(new URL(DEV_URL).origin).join(new URL(url).origin),
    },
  ];
  if (!env.officeCdn && !env.fakeHost) {
    copy.push({
      from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
      to: 'office-js',
      globOptions: { ignore: OFFICE_JS_IGNORE },
    });
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    target: ['web', 'es2020'],
    entry: {
      ...Object.fromEntries(Object.entries(PAGES).map(([name, p]) => [name, p.entry])),
      ...(env.fakeHost ? { [FAKE_HOST_ENTRY]: './test/support/fakeExcel/browser.ts' } : {}),
    },
    output: {
      path: OUT,
      // The fake host must keep the name the pages load (office-js/office.js).
      filename: (data) => (data.chunk && data.chunk.name === FAKE_HOST_ENTRY) || !production ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader emits JavaScript, then Griffel's loader turns each
          // makeStyles() into __styles() with the CSS classes computed at build time (no style
          // resolution at run time).
          use: [
            { loader: '@griffel/webpack-loader' },
            {
              loader: 'ts-loader',
              options: {
                transpileOnly: true, // types are checked by `npm run typecheck`
                configFile: path.resolve(__dirname, 'tsconfig.json'),
                compilerOptions: { module: 'es2020', sourceMap: true },
              },
            },
          ],
        },
        { test: /\.(png|jpe?g|gif|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [
      ...Object.entries(PAGES).map(
        ([name, p]) => new HtmlWebpackPlugin({ filename: `${name}.html`, template: p.template, chunks: [name], scriptLoading: p.scriptLoading }),
      ),
      new OfficeJsSourcePlugin(officeJs),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The pane's libraries (React, Fluent UI) in their own script next to the pane's code. Measured
          // in headless Chromium (bench/taskpane.ts), the pane then costs ~8 ms less main-thread CPU per
          // cold load and paints earlier than with everything in one entry script (react-dom's body is
          // then compiled as a module of its own instead of inside the entry script's wrapper).
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => chunk.name === 'taskpane',
            name: 'vendor',
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      port: PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.http ? { type: 'http' } : { type: 'https', options: serving ? await devHttps() : {} },
      static: false,
    },
  };
};

module.exports.PAGES = PAGES;
module.exports.DEV_URL = DEV_URL;
module.exports.OUT = OUT;
