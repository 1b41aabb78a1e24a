/**
 * The CTS abbreviation table (`Commands.properties`) and its lookup rule.
 *
 * The ADL suite resolves every token through a ResourceBundle lookup that returns the key itself
 * when the key is not in the table, and formats `%s` in the value with the given argument
 * (`tar={target=%s}`). Unknown tokens (values, indexes, ids) therefore pass through unchanged.
 */
import { readFileSync } from 'node:fs';
import { decodeWindows1252, parseJavaProperties } from './properties.ts';

export class Abbreviations {
  readonly #table: ReadonlyMap<string, string>;

  constructor(table: ReadonlyMap<string, string>) {
    this.#table = table;
  }

  static fromFile(path: string): Abbreviations {
    return new Abbreviations(parseJavaProperties(decodeWindows1252(readFileSync(path))));
  }

  static fromText(text: string): Abbreviations {
    return new Abbreviations(parseJavaProperties(text));
  }

  /** The expansion of `key`, or `key` itself when the table does not know it. */
  lookup(key: string, arg?: string): string {
    const value = this.#table.get(key);
    if (value === undefined) return key;
    return arg === undefined ? value : value.replace('%s', arg);
  }

  /** True when the table maps `key` to the empty string (only `es=` in the ADL table). */
  isEmptyValue(key: string): boolean {
    return this.#table.get(key) === '';
  }
}
