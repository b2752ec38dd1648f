import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import ro from './ro.json';
import ru from './ru.json';

const SRC = join(import.meta.dirname, '..', '..');
const translations: Record<string, unknown> = { en, ro, ru, es };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') && !path.includes(`${join('lib', 'api')}`) ? [path] : [];
  });
}

/** Every leaf of a translation, as `dotted.key` → string. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (value && typeof value === 'object') {
      for (const [inner, leaf] of leaves(value, `${prefix}${key}.`)) out.set(inner, leaf);
    } else {
      out.set(`${prefix}${key}`, value);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

/** Props whose string a person reads (or hears, from a screen reader). */
const READ_PROPS = new Set(['label', 'placeholder', 'title', 'description', 'aria-label', 'alt', 'message', 'error']);

/** JSX text and read props given as literals, found with the TypeScript parser: what should come from `t(…)`. */
function hardCodedIn(source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_PROPS.has(node.name.getText()) && node.initializer
      && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
      found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('component.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
  return found;
}

describe('i18n', () => {
  const english = leaves(en);

  it('has an English string for every literal key used in the code', () => {
    const keys = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)].map((match) => match[1]),
    );
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((key) => typeof english.get(key) !== 'string')).toEqual([]);
  });

  it.each(Object.keys(translations))('%s has every key English has, and no other, each a non-empty string', (language) => {
    const strings = leaves(translations[language]);
    expect([...english.keys()].filter((key) => !strings.has(key))).toEqual([]);
    expect([...strings.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...strings].filter(([, text]) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
  });

  it.each(Object.keys(translations))('%s keeps the placeholders of every English string', (language) => {
    const strings = leaves(translations[language]);
    const differing = [...english].filter(([key, text]) =>
      placeholders(String(text)).join() !== placeholders(String(strings.get(key) ?? '')).join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('finds no user-visible text written into components instead of the translations', () => {
    const files = sourceFiles(SRC).filter((file) => file.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((file) => hardCodedIn(readFileSync(file, 'utf8')).map((text) => `${file.slice(SRC.length + 1)}: ${text}`)))
      .toEqual([]);
  });

  it('would notice hard-coded text', () => {
    expect(hardCodedIn('<Button>Save</Button>')).toEqual(['Save']);
    expect(hardCodedIn('<Text size="sm">Matching clients: {total}</Text>')).toEqual(['Matching clients:']);
    expect(hardCodedIn('<TextInput label="Name" />')).toEqual(['Name']);
    expect(hardCodedIn("<Button>{t('actions.save')}</Button>")).toEqual([]);
    expect(hardCodedIn('<Text>· {contact.position}</Text>')).toEqual([]);
  });
});
