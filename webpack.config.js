// webpack build of the Excel add-in (generator-office conventions): `taskpane` and `commands` entries,
// HtmlWebpackPlugin pages, CopyWebpackPlugin for icons, the manifest and (when asked) Office.js itself.
//
// Options (`--env name[=value]`):
//   url=https://intranet.example/jixiao/   address the add-in is served from; production builds write it
//                                          into dist/addin/manifest.xml (default: https://localhost:3000/)
//   bundleOfficeJs                         serve Office.js from the add-in's own files (office-js/, copied from
//                                          @microsoft/office-js) instead of Microsoft's Office CDN — for an
//                                          intranet without internet access. Production builds load the CDN
//                                          otherwise (Microsoft supports Office.js only from there); development
//                                          builds always use the local copy.
//   sourcemaps                             write source maps in a production build (left out otherwise)
//   http                                   dev server over plain http (tests, CI: no dev certificates)
//   fakeHost                               browser tests: office-js/office.js is the in-memory Excel host
//                                          (test/support/fakeExcel/browser.ts) instead of Office.js; it
//                                          opens the grids the test puts in window.__JIXIAO_FAKE_WORKBOOK__
//
// Every page gets, from PagePlugin: the ES5 check (src/pages/es5check.js) inlined at its marker, and a
// Content-Security-Policy meta that lets the page load scripts, styles, fonts, images and connections only
// from the add-in's own origin (plus the Office CDN when the build loads Office.js from there), its inline
// blocks only by their sha256 hash: nothing the page runs can send data anywhere else.
//
// Output goes to dist/addin/ (dist/ itself also holds the CLI build). `npm run dev-server` serves the
// same files from memory on port 3000, over https with office-addin-dev-certs unless `--env http`.
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;
const OFFICE_JS_LOCAL = 'office-js/office.js';
const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN = `${OFFICE_CDN_ORIGIN}/lib/1/hosted/office.js`;
const ES5_CHECK = path.resolve(__dirname, 'src', 'pages', 'es5check.js');
const ES5_CHECK_MARKER = '<!--jixiao:es5check-->';
const OUT = path.resolve(__dirname, 'dist', 'addin');
const FAKE_HOST_ENTRY = 'office-js/office';

/** Entries and their page templates (the manifest test maps manifest URLs back to these sources). */
const PAGES = {
  taskpane: { entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html', scriptLoading: 'defer' },
  // Blocking: the ribbon's function must be associated while the page loads, not later (OfficeDev/office-js#2744).
  commands: {
    entry: './src/commands/commands.ts',
    template: './src/commands/commands.html',
    scriptLoading: 'blocking',
  },
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

const EMPTY_STYLE_HASH = `'sha256-${crypto.createHash('sha256').update('', 'utf8').digest('base64')}'`;

/** sha256 CSP sources of the page's inline <script> and <style> blocks. */
function inlineHashes(html, tag) {
  const re = new RegExp(`<${tag}\\b(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(re)]
    .filter((m) => m[1].trim())
    .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}

/** The page's Content-Security-Policy: its own origin only (+ the Office CDN when Office.js comes from there). */
function contentSecurityPolicy(html, { officeCdn = false } = {}) {
  const cdn = officeCdn ? [OFFICE_CDN_ORIGIN] : [];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...cdn, ...inlineHashes(html, 'script')].join(' '),
    // The hash of the empty string: Griffel and Fluent's theme create empty <style> elements and fill them
    // through CSSOM (insertRule), which CSP does not restrict; no inline CSS text is allowed by it.
    ["style-src 'self'", ...inlineHashes(html, 'style'), EMPTY_STYLE_HASH].join(' '),
    "font-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its Content-Security-Policy meta right after the charset (before any script). */
function withCsp(html, options) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, options)}">`;
  if (!/<meta charset=[^>]*>/i.test(html))
    throw new Error('page without <meta charset>: no place for its Content-Security-Policy');
  return html.replace(/<meta charset=[^>]*>/i, (m) => `${m}${meta}`);
}

/** The page with the ES5 check inlined at its marker. */
function withEs5Check(html) {
  return html.split(ES5_CHECK_MARKER).join(`<script>\n${fs.readFileSync(ES5_CHECK, 'utf8')}</script>`);
}

/** Per page: the ES5 check, the chosen Office.js source, then the Content-Security-Policy of the final page. */
class PagePlugin {
  constructor(officeJs) {
    this.officeJs = officeJs;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('PagePlugin', (compilation) => {
      const hooks = HtmlWebpackPlugin.getCompilationHooks(compilation);
      // Before minification (the template's markup as written) ...
      hooks.afterTemplateExecution.tap('PagePlugin', (data) => {
        let html = withEs5Check(data.html);
        if (this.officeJs !== OFFICE_JS_LOCAL) html = html.split(`"${OFFICE_JS_LOCAL}"`).join(`"${this.officeJs}"`);
        data.html = html;
        return data;
      });
      // ... and the policy over the final page, whose inline blocks the minifier may have rewritten.
      hooks.beforeEmit.tap('PagePlugin', (data) => {
        data.html = withCsp(data.html, { officeCdn: this.officeJs === OFFICE_JS_CDN });
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
  // Production builds load Office.js from the Office CDN unless asked to serve the add-in's own copy.
  const officeJs = production && !env.bundleOfficeJs && !env.fakeHost ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  const serving = !!env.WEBPACK_SERVE;

  const copy = [
    { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      // Pages and icons move to `url`; the AppDomain (an origin, no path) to its origin.
      transform: (content) =>
        content.toString().split(DEV_URL).join(url).split(new URL(DEV_URL).origin).join(new URL(url).origin),
    },
  ];
  if (officeJs === OFFICE_JS_LOCAL && !env.fakeHost) {
    copy.push({
      from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
      to: 'office-js',
      globOptions: { ignore: OFFICE_JS_IGNORE },
    });
  }

  return {
    mode: production ? 'production' : 'development',
    // No eval-based maps in development: the pages' Content-Security-Policy allows no 'unsafe-eval'.
    devtool: production ? (env.sourcemaps ? 'source-map' : false) : 'cheap-module-source-map',
    target: ['web', 'es2020'],
    entry: {
      ...Object.fromEntries(Object.entries(PAGES).map(([name, p]) => [name, p.entry])),
      ...(env.fakeHost ? { [FAKE_HOST_ENTRY]: './test/support/fakeExcel/browser.ts' } : {}),
    },
    output: {
      path: OUT,
      // The fake host must keep the name the pages load (office-js/office.js).
      filename: (data) =>
        (data.chunk && data.chunk.name === FAKE_HOST_ENTRY) || !production ? '[name].js' : '[name].[contenthash:8].js',
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
        ([name, p]) =>
          new HtmlWebpackPlugin({
            filename: `${name}.html`,
            template: p.template,
            chunks: [name],
            scriptLoading: p.scriptLoading,
          }),
      ),
      new PagePlugin(officeJs),
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
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.withCsp = withCsp;
module.exports.withEs5Check = withEs5Check;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
