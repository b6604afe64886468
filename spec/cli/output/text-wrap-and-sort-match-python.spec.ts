import { describe, expect, it } from 'vitest';
import { listResult } from '../../../bin/output/model.js';
import { sortRows } from '../../../bin/output/sort-rows.js';
import { pythonFill } from '../../../bin/output/text-wrap.js';
import { cliffAvailable, cliffSorted, pythonFills } from './cliff-reference.js';

const withPython = cliffAvailable ? it : it.skip;

describe('cell wrapping and row sorting agree with Python', () => {
  withPython('pythonFill is textwrap.fill: words, hyphens, em-dashes, long words, tabs, whitespace at line ends', () => {
    const texts = [
      'Hello there -- you goof-ball, use the -b option!', 'abcdefghijklmnopqrstuvwxyz', 'a-very-long-hyphenated-word here',
      'x  y   z\tw', "{'id': 'abc', 'url': 'http://127.0.0.1:5000/v3'}", '--foo --bar---baz', 'héllo wörld ünïcode',
      '  leading spaces and trailing  ', 'one,two,three,four', 'e6c75376a6664a0d9c3b2f1e0d8c7b6a', 'x', '',
      'http://127.0.0.1:8774/v2.1/1a7ff00db0f54d3589541067199f0809', 'Bootstrap project for initializing the cloud.',
    ];
    const cases: [string, number][] = texts.flatMap((t) => [1, 3, 5, 8, 12, 20].map((w) => [t, w] as [string, number]));
    expect(cases.map(([t, w]) => pythonFill(t, w))).toEqual(pythonFills(cases));
  });

  withPython('--sort-column sorts as cliff: stable per column, None last ascending and first descending, unsortable left alone', () => {
    const columns = ['Name', 'Size', 'Zone', 'Mixed'];
    const rows = [
      ['b', 2, null, 1], ['a', 10, 'z1', 'x'], ['c', 2, 'z2', null], ['a', 1, null, 2], ['B', 2.5, 'z1', true], ['é', 0, 'z0', false],
    ];
    const warnings: string[] = [];
    for (const sort of [['Name'], ['Size', 'Name'], ['Zone'], ['Zone', 'Size'], ['Mixed'], ['Nope', 'Size']]) {
      for (const reverse of [false, true]) {
        const ours = sortRows(listResult(columns, rows), { sortColumns: sort, sortDirection: reverse ? 'desc' : 'asc' }, (w) => warnings.push(w));
        expect(ours.rows, `${sort.join(',')} ${reverse ? 'desc' : 'asc'}`).toEqual(cliffSorted(columns, rows, sort, reverse));
      }
    }
    expect(warnings).toContain("Could not sort on field 'Mixed'; unsortable types");
  });
});
