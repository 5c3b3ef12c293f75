import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { checkSanitizedHtml, mayBeStripped, strippedFromMarkdown } from '@/lib/content/validation/sanitize-report';
import { parseSourceFile } from '@/lib/content/validation/source-file';
import { validateContent } from '@/lib/content/validation/validate';

const path = 'tests/fixtures/hostile/hostile.md';
const text = readFileSync(new URL('./fixtures/hostile/hostile.md', import.meta.url), 'utf8');
const fileLines = text.split('\n');
const lineOf = (needle: string) => fileLines.findIndex((l) => l.includes(needle)) + 1;

describe('checkSanitizedHtml', async () => {
  const problems = await checkSanitizedHtml(parseSourceFile(path, text, 'article'));
  const at = (needle: string) => problems.filter((p) => p.line === lineOf(needle)).map((p) => p.message);

  it('reports warnings, never errors, naming the file', () => {
    expect(problems.length).toBeGreaterThan(20);
    for (const p of problems) {
      expect(p.severity).toBe('warning');
      expect(p.file).toBe(path);
      expect(p.field).toBe('body');
    }
  });

  it.each([
    ['<script>window', /removed <script> and everything inside it/],
    ['onerror="window', /removed onerror="window.__xss = 'onerror'.*" from <img>/],
    ["javascript:window.__xss='javascript-url'", /removed href="javascript:.*" from <a>/],
    ['JaVaScRiPt:', /removed href="JaVaScRiPt:.*" from <a>/],
    ['&#x6A;avascript', /removed href=" javascript:.*" from <a>/],
    ['data:text/html', /removed href="data:text\/html.*" from <a>/],
    ['data:image/svg+xml', /removed src="data:image\/svg\+xml.*" from <img>/],
    ['<iframe', /removed <iframe> and everything inside it/],
    ['<object', /removed <object> and everything inside it/],
    ['<embed', /removed <embed>/],
    ['<p style=', /removed style="position:fixed.*" from <p>/],
    ['<style>', /removed <style> and everything inside it/],
    ['<svg', /removed <svg> and everything inside it/],
    ['onclick=', /removed onclick=".*", onmouseover=".*" from <div>/],
    ['<form', /removed <form> but kept what is inside it/],
    ['ontoggle', /removed ontoggle=".*" from <details>/],
    ['<base', /removed <base>/],
    ['<meta', /removed <meta>/],
    ['<link', /removed <link>/],
    ['target="_blank"', /removed target="_blank" from <a>/],
    ['<noscript>', /removed <noscript> and everything inside it/],
    ['<template>', /removed <template> and everything inside it/],
    ['<math>', /removed <math> and everything inside it/],
    ['[markdown javascript link]', /removed href="javascript:.*" from <a>/],
    ['![markdown data image]', /removed src="data:image\/png.*" from <img>/],
  ])('reports %s on its own line', (needle, message) => {
    expect(lineOf(needle)).toBeGreaterThan(0);
    expect(at(needle).some((m) => message.test(m))).toBe(true);
  });

  it('says nothing about safe markup', () => {
    expect(at('Safe inline markup')).toEqual([]);
  });

  it('reports the outermost stripped element only', () => {
    expect(at('<svg')).toHaveLength(1);
    expect(at('<noscript>')).toHaveLength(1);
  });
});

describe('strippedFromMarkdown', () => {
  it('finds nothing in clean Markdown with tables, footnotes and task lists', async () => {
    const markdown = [
      '# Heading',
      '',
      'Text with a footnote.[^1] <abbr title="x">X</abbr>',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '- [x] done',
      '',
      '[^1]: The note.',
    ].join('\n');
    expect(await strippedFromMarkdown(markdown)).toEqual([]);
  });

  it('counts lines from the start of the body', async () => {
    expect(await strippedFromMarkdown('one\n\ntwo\n\n<iframe src="https://x.example"></iframe>')).toEqual([
      { line: 5, what: 'removed <iframe> and everything inside it' },
    ]);
  });
});

describe('mayBeStripped, the shortcut past the full report', () => {
  // Each of these loses something to the sanitizer; the shortcut must never skip one.
  const stripping = [
    '<script>alert(1)</script>',
    'a <img src=x onerror=alert(1)> b',
    '<p style="color:red">x</p>',
    '[click](javascript:alert(1))',
    '[click](  <javascript:alert(1)>)',
    '[click](JaVaScRiPt:alert(1))',
    '[click](&#106;avascript:alert(1))',
    '[click](java&#115;cript:alert(1))',
    '![pixel](data:image/png;base64,AAAA)',
    '![mail](mailto:a@example.org)',
    '[ref]: vbscript:msgbox(1)\n\n[x][ref]',
    '<javascript:alert(1)>',
  ];

  it.each(stripping)('is true when the sanitizer strips something: %s', async (markdown) => {
    expect(await strippedFromMarkdown(markdown)).not.toEqual([]);
    expect(mayBeStripped(markdown)).toBe(true);
  });

  it('is false for plain Markdown, so most files skip the full report', async () => {
    const markdown =
      'A [link](/world) and [another](https://example.org/a?b=c#d), ![pic](/images/a.png), [rel](page-2), www.example.org.\n\n- [x] done';
    expect(mayBeStripped(markdown)).toBe(false);
    expect(await strippedFromMarkdown(markdown)).toEqual([]);
  });

  it('never skips a sample article the full report has something to say about', async () => {
    const dir = join(process.cwd(), 'content', 'articles');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    let skipped = 0;
    for (const file of files) {
      const body = matter(readFileSync(join(dir, file), 'utf8')).content;
      if (mayBeStripped(body)) continue;
      skipped++;
      expect(await strippedFromMarkdown(body), file).toEqual([]);
    }
    expect(skipped).toBeGreaterThan(files.length / 2);
  });
});

describe('validateContent with the sanitizer check', () => {
  it('adds the warnings through extraChecks without failing the check', async () => {
    const file = parseSourceFile('content/articles/x.md', '---\ntitle: x\n---\n\n<script>alert(1)</script>\n', 'article');
    const problems = await validateContent([file], { publicFileExists: () => true, extraChecks: [checkSanitizedHtml] });
    const warning = problems.find((p) => p.message.includes('<script>'));
    expect(warning).toMatchObject({ severity: 'warning', file: 'content/articles/x.md', line: 5 });
  });
});
