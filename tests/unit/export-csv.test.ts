import { describe, expect, it } from 'vitest';
import { citationRows, citationsCsv, csvCell, CSV_COLUMNS, type CitationRow } from '../../src/lib/export/csv.ts';
import { loadFixtureInputs } from '../fixtures/export/load.ts';

const { coverage } = loadFixtureInputs();
const ATTRIBUTION = 'Places: GeoNames, CC BY 4.0.';
const HEADER = 'excerpt_id,article_id,zone,outlet,date,title,url,excerpt,strength,places,place_ids,start,end,attribution';

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('last line not ended by CRLF');
  return rows;
}

function idlibRows(): CitationRow[] {
  const idlib = coverage.idlib;
  if (!idlib) throw new Error('fixture lacks idlib');
  return citationRows('idlib', idlib);
}

describe('citationsCsv', () => {
  it('starts with a UTF-8 byte order mark and the header row', () => {
    const csv = citationsCsv(idlibRows(), ATTRIBUTION);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(HEADER);
  });

  it('ends every record with CRLF and uses no bare line feed outside quotes', () => {
    const csv = citationsCsv(idlibRows(), ATTRIBUTION);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv.slice(1))).toHaveLength(1 + 3);
  });

  it('reads back cell for cell, Arabic intact, with quotes, commas and newlines quoted', () => {
    const rows = idlibRows();
    const back = readCsv(citationsCsv(rows, ATTRIBUTION).slice(1));
    expect(back[0]).toEqual([...CSV_COLUMNS]);
    const excerpt = rows.find((r) => r.excerpt.includes('سراقب'));
    const line = back.find((r) => r[7]?.includes('سراقب'));
    expect(line?.[7]).toBe(excerpt?.excerpt);
    expect(line?.[7]).toContain('\n');
    expect(line?.[7]).toContain('"سراقب"');
    expect(back.find((r) => r[5]?.startsWith('هدنة'))?.[5]).toBe('هدنة, ولكن');
  });

  it('puts an apostrophe before cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+971')).toBe("'+971");
    expect(csvCell('-اتفاق')).toBe("'-اتفاق");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('2017-05-04')).toBe('2017-05-04');
    const back = readCsv(citationsCsv(idlibRows(), ATTRIBUTION).slice(1));
    expect(back.some((r) => r[5]?.startsWith(`'=HYPERLINK("http://evil")`))).toBe(true);
  });

  it('quotes only the cells that need it', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes one row per linked excerpt with zone, outlet, date, title, url and strength', () => {
    const rows = idlibRows();
    expect(rows.map((r) => [r.zone, r.outlet, r.date, r.url, r.strength])).toEqual([
      ['idlib', 'الجزيرة نت', '2017-05-05', '', 'zone-named'],
      ['idlib', 'عنب بلدي', '2017-09-16', 'https://example.org/a1', 'core-place'],
      ['idlib', '', '', '', 'partial-place'],
    ]);
  });

  it('gives every row its excerpt and article ids, offsets, place ids and the attribution', () => {
    const rows = idlibRows();
    const back = readCsv(citationsCsv(rows, ATTRIBUTION).slice(1)).slice(1);
    for (const [i, row] of rows.entries()) {
      const excerpt = coverage.idlib!.excerpts.find((e) => e.id === row.excerpt_id)!;
      expect(row.article_id).toBe(excerpt.article_id);
      expect([row.start, row.end]).toEqual([String(excerpt.start), String(excerpt.end)]);
      expect(back[i]!.at(-1)).toBe(ATTRIBUTION);
    }
    expect(rows.some((r) => r.place_ids !== '')).toBe(true);
  });

  it('writes only the header for a zone without excerpts', () => {
    const south = coverage.south;
    if (!south) throw new Error('fixture lacks south');
    expect(citationsCsv(citationRows('south', south), ATTRIBUTION)).toBe(`\uFEFF${HEADER}\r\n`);
  });
});
