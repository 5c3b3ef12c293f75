import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSanitizedHtml, strippedFromMarkdown } from '@/lib/content/validation/sanitize-report';
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

describe('validateContent with the sanitizer check', () => {
  it('adds the warnings through extraChecks without failing the check', async () => {
    const file = parseSourceFile('content/articles/x.md', '---\ntitle: x\n---\n\n<script>alert(1)</script>\n', 'article');
    const problems = await validateContent([file], { publicFileExists: () => true, extraChecks: [checkSanitizedHtml] });
    const warning = problems.find((p) => p.message.includes('<script>'));
    expect(warning).toMatchObject({ severity: 'warning', file: 'content/articles/x.md', line: 5 });
  });
});
