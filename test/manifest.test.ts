// The add-in manifest, validated offline (`npm run validate` is Microsoft's online validator): it reads
// with office-addin-manifest, is well-formed XML with a GUID id, every resource id it uses exists with
// the right kind, every URL and icon resolves to a page webpack builds or a file in assets/, and it asks
// for ExcelApi 1.13 and ReadWriteDocument. Also the production build's URL rewrite.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest';
import { RECALCULATE_ACTION } from '../src/commands/commands';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');

// xml2js is what office-addin-manifest itself parses with; resolve it from there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js = require(
  require.resolve('xml2js', { paths: [path.dirname(require.resolve('office-addin-manifest'))] }),
) as {
  parseStringPromise(s: string, o?: object): Promise<unknown>;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as ((
  env: object,
  argv: object,
) => Promise<{ plugins: unknown[] }>) & {
  PAGES: Record<string, { entry: string; template: string }>;
  DEV_URL: string;
  OFFICE_JS_CDN: string;
  withCsp(html: string, options?: { officeCdn?: boolean }): string;
  withEs5Check(html: string): string;
};

/** Attribute values of every element with the given (qualified) tag name. */
function attrs(tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*\\s${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

function resourceIds(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): string[] {
  const block = new RegExp(`<bt:${kind}>([\\s\\S]*?)</bt:${kind}>`).exec(xml)?.[1] ?? '';
  return [...block.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]);
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Source file behind a manifest URL: a webpack page template, or a file copied from assets/. */
function sourceOf(url: string): string {
  expect(url.startsWith(webpackConfig.DEV_URL)).toBe(true);
  const rel = url.slice(webpackConfig.DEV_URL.length);
  const page = Object.entries(webpackConfig.PAGES).find(([name]) => rel === `${name}.html`);
  if (page) return path.join(ROOT, page[1].template);
  expect(rel.startsWith('assets/')).toBe(true);
  return path.join(ROOT, rel);
}

/**
 * office-addin-manifest's readManifestFile, run in plain Node: the package loads an ES-module-only
 * dependency (strip-bom) that jest's CommonJS loader cannot require.
 */
function readManifestFile(file: string): ManifestInfo {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(String(e)); process.exit(1); })';
  const env = { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: 'true' };
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, env, encoding: 'utf8' }),
  ) as ManifestInfo;
}

describe('manifest.xml', () => {
  let info: ManifestInfo;
  beforeAll(() => {
    info = readManifestFile(MANIFEST);
  });

  it('reads with office-addin-manifest as an Excel task pane add-in in zh-CN', () => {
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.displayName).toBe('绩效自评助手');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultSettings?.sourceLocation).toBe(`${webpackConfig.DEV_URL}taskpane.html`);
  });

  it('is well-formed XML with a GUID id', async () => {
    await expect(xml2js.parseStringPromise(xml, { strict: true })).resolves.toBeTruthy();
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  });

  it('asks for ExcelApi 1.13 (merged areas) and nothing newer', () => {
    expect(attrs('Set', 'Name')).toEqual(['ExcelApi']);
    expect(attrs('Set', 'MinVersion')).toEqual(['1.13']);
  });

  it('defines every resource id it refers to, with the right kind', () => {
    const images = resourceIds('Images');
    const urls = resourceIds('Urls');
    const short = resourceIds('ShortStrings');
    const long = resourceIds('LongStrings');
    const all = [...images, ...urls, ...short, ...long];
    expect(new Set(all).size).toBe(all.length);
    const kind = (id: string) =>
      images.includes(id)
        ? 'image'
        : urls.includes(id)
          ? 'url'
          : short.includes(id)
            ? 'short'
            : long.includes(id)
              ? 'long'
              : 'missing';
    const used = [...xml.matchAll(/<(\w+(?::\w+)?)\b[^>]*\sresid="([^"]+)"/g)].map((m) => [m[1], m[2]] as const);
    expect(used.length).toBeGreaterThan(10);
    const expected: Record<string, string> = {
      'bt:Image': 'image',
      SourceLocation: 'url',
      FunctionFile: 'url',
      LearnMoreUrl: 'url',
      Label: 'short',
      Title: 'short',
      Description: 'long',
    };
    for (const [tag, id] of used) expect([tag, id, kind(id)]).toEqual([tag, id, expected[tag]]);
    // and every defined resource is used
    for (const id of all) expect(used.some(([, u]) => u === id)).toBe(true);
  });

  it('has the 「绩效自评」 group on the Home tab with 打开助手 and 一键重算', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Jixiao.Group">/);
    expect(xml).toMatch(/id="Group.Label" DefaultValue="绩效自评"/);
    expect(xml).toMatch(/id="OpenPane.Label" DefaultValue="打开助手"/);
    expect(xml).toMatch(/id="Recalculate.Label" DefaultValue="一键重算"/);
    expect(attrs('Action', 'xsi:type')).toEqual(['ShowTaskpane', 'ExecuteFunction']);
    expect([...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1])).toEqual([RECALCULATE_ACTION]);
  });

  it('gives every string an en-US override and keeps them within Office’s lengths', () => {
    const strings = [
      ...xml.matchAll(
        /<bt:String id="([^"]+)" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"\/>/g,
      ),
    ];
    expect(strings.map((s) => s[1]).sort()).toEqual(
      [...resourceIds('ShortStrings'), ...resourceIds('LongStrings')].sort(),
    );
    for (const [, id, zh, en] of strings) {
      const max = resourceIds('ShortStrings').includes(id) ? 125 : 250;
      expect([id, zh.length <= max, en.length <= max]).toEqual([id, true, true]);
    }
    expect(xml).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
    expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
  });

  it('points every URL at a page webpack builds or a file in assets/', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) expect([url, fs.existsSync(sourceOf(url))]).toEqual([url, true]);
    expect(xml).toMatch(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/);
  });

  it('uses real PNG icons of 16, 32, 64 and 80 pixels', () => {
    const icons = new Map<string, string>();
    for (const m of xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)) icons.set(m[1], m[2]);
    for (const [id, url] of icons) {
      const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
      expect(pngSize(sourceOf(url))).toEqual({ width: size, height: size });
    }
    for (const tag of ['IconUrl', 'HighResolutionIconUrl']) {
      const url = attrs(tag, 'DefaultValue')[0];
      const size = tag === 'IconUrl' ? 32 : 64;
      expect(pngSize(sourceOf(url))).toEqual({ width: size, height: size });
    }
  });
});

describe('the production build of the manifest', () => {
  async function manifestTransform(env: object): Promise<(content: Buffer) => string> {
    const config = await webpackConfig(env, { mode: 'production' });
    const copy = config.plugins.find(
      (p) => (p as { constructor: { name: string } }).constructor.name === 'CopyPlugin',
    ) as {
      patterns: { from: string; transform?: (c: Buffer) => string }[];
    };
    const pattern = copy.patterns.find((p) => p.from === 'manifest.xml');
    return pattern!.transform!;
  }

  it('points the add-in at the organisation’s own address given with --env url', async () => {
    const transform = await manifestTransform({ url: 'https://intranet.example/jixiao' });
    const out = transform(Buffer.from(xml));
    expect(out).not.toMatch(/localhost/);
    expect(out).toMatch(/<SourceLocation DefaultValue="https:\/\/intranet\.example\/jixiao\/taskpane\.html"\/>/);
    expect(out).toMatch(/<AppDomain>https:\/\/intranet\.example<\/AppDomain>/);
    await expect(xml2js.parseStringPromise(out, { strict: true })).resolves.toBeTruthy();
  });

  it('refuses a plain-http address, which Office would not load', async () => {
    await expect(webpackConfig({ url: 'http://intranet.example/jixiao/' }, { mode: 'production' })).rejects.toThrow(
      /https/,
    );
  });

  it('loads Office.js from the Office CDN by default, and copies it into the add-in’s own files with --env bundleOfficeJs', async () => {
    const built = async (env: object) => {
      const config = (await webpackConfig(env, { mode: 'production' })) as unknown as { plugins: unknown[] };
      const copy = config.plugins.find(
        (p) => (p as { constructor: { name: string } }).constructor.name === 'CopyPlugin',
      ) as { patterns: { to: string }[] };
      const page = config.plugins.find(
        (p) => (p as { constructor: { name: string } }).constructor.name === 'PagePlugin',
      ) as { officeJs: string };
      return { copied: copy.patterns.map((p) => p.to), officeJs: page.officeJs };
    };
    const url = 'https://intranet.example/jixiao/';
    expect(await built({ url })).toEqual({
      copied: expect.not.arrayContaining(['office-js']),
      officeJs: webpackConfig.OFFICE_JS_CDN,
    });
    expect(await built({ url, bundleOfficeJs: true })).toEqual({
      copied: expect.arrayContaining(['office-js']),
      officeJs: 'office-js/office.js',
    });
    // the dev server and development builds serve the local copy (no internet needed to develop)
    const dev = (await webpackConfig({ http: true }, { mode: 'development' })) as unknown as { plugins: unknown[] };
    expect(
      (
        dev.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === 'PagePlugin') as {
          officeJs: string;
        }
      ).officeJs,
    ).toBe('office-js/office.js');
  });

  it('leaves source maps out of a production build unless --env sourcemaps, and never uses eval-based maps', async () => {
    const devtool = async (env: object, mode: string) =>
      ((await webpackConfig(env, { mode })) as unknown as { devtool: unknown }).devtool;
    const url = 'https://intranet.example/jixiao/';
    expect(await devtool({ url }, 'production')).toBe(false);
    expect(await devtool({ url, sourcemaps: true }, 'production')).toBe('source-map');
    expect(String(await devtool({ http: true }, 'development'))).not.toMatch(/eval/);
  });

  it('builds the in-memory Excel host as office-js/office.js for browser tests (--env fakeHost)', async () => {
    const config = (await webpackConfig({ http: true, fakeHost: true }, { mode: 'production' })) as unknown as {
      entry: Record<string, string>;
      output: { filename: (d: { chunk: { name: string } }) => string };
      plugins: unknown[];
    };
    expect(config.entry['office-js/office']).toBe('./test/support/fakeExcel/browser.ts');
    expect(config.output.filename({ chunk: { name: 'office-js/office' } })).toBe('[name].js');
    expect(config.output.filename({ chunk: { name: 'taskpane' } })).toMatch(/contenthash/);
    const copy = config.plugins.find(
      (p) => (p as { constructor: { name: string } }).constructor.name === 'CopyPlugin',
    ) as { patterns: { to: string }[] };
    expect(copy.patterns.map((p) => p.to)).not.toContain('office-js');
  });

  it('warns when a production build would point at the dev server', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await webpackConfig({}, { mode: 'production' });
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/--env url=/));
    } finally {
      warn.mockRestore();
    }
  });
});

describe('the ribbon’s function file', () => {
  it('loads the commands script blocking, so Office.actions.associate runs while the page loads (#2744)', async () => {
    const config = await webpackConfig({ url: 'https://intranet.example/jixiao/' }, { mode: 'production' });
    const pages = config.plugins.filter(
      (p) => (p as { constructor: { name: string } }).constructor.name === 'HtmlWebpackPlugin',
    ) as unknown as {
      userOptions: { filename: string; scriptLoading?: string };
    }[];
    const commands = pages.find((p) => p.userOptions.filename === 'commands.html');
    expect(commands?.userOptions.scriptLoading).toBe('blocking');
  });
});

describe('the pages’ Content-Security-Policy and ES5 check', () => {
  const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  const policyOf = (html: string) =>
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

  for (const [name, page] of Object.entries(webpackConfig.PAGES)) {
    it(`${name}.html allows scripts, styles and connections from its own origin only, inline blocks by hash`, () => {
      const html = webpackConfig.withCsp(
        webpackConfig.withEs5Check(fs.readFileSync(path.join(ROOT, page.template), 'utf8')),
      );
      const policy = policyOf(html);
      expect(policy).not.toBe('');
      // before any script
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
      expect(directive(policy, 'default-src')).toBe("default-src 'self'");
      expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
      expect(directive(policy, 'font-src')).toBe("font-src 'self'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
      // the ES5 check is inlined, and it and every inline style run by their hash
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toContain('__jixiaoUnsupported');
      expect(styles.length).toBeGreaterThan(0);
      expect(directive(policy, 'script-src')).toBe(["script-src 'self'", ...scripts.map(sha256)].join(' '));
      // + the empty string's hash: Griffel's and Fluent's empty <style> elements, filled through CSSOM
      expect(directive(policy, 'style-src')).toBe(["style-src 'self'", ...styles.map(sha256), sha256('')].join(' '));
      // no inline style attributes or handlers, which a hash cannot allow
      expect(html).not.toMatch(/\sstyle="|\son[a-z]+="/);
    });
  }

  it('adds the Office CDN to script-src, and nothing else, in the CDN build', () => {
    const html = webpackConfig.withCsp(
      webpackConfig.withEs5Check(fs.readFileSync(path.join(ROOT, webpackConfig.PAGES.taskpane.template), 'utf8')),
      {
        officeCdn: true,
      },
    );
    const policy = policyOf(html);
    expect(directive(policy, 'script-src')).toMatch(
      /^script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'sha256-/,
    );
    expect(policy.match(/https?:\/\/[^\s;']+/g)).toEqual(['https://appsforoffice.microsoft.com']);
  });

  it('writes the check in ES5, which the old EdgeHTML and Internet Explorer webviews parse', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const acorn = require(require.resolve('acorn', { paths: [path.dirname(require.resolve('webpack'))] })) as {
      parse(s: string, o: object): unknown;
    };
    const source = fs.readFileSync(path.join(ROOT, 'src/pages/es5check.js'), 'utf8');
    expect(() => acorn.parse(source, { ecmaVersion: 5 })).not.toThrow();
    expect(() => acorn.parse('const x = () => 1;', { ecmaVersion: 5 })).toThrow(); // the check does check
  });
});
