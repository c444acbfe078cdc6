/**
 * The mechanical rules of the course's style sheet (src/content/STIJLGIDS.md), checked on the source of every
 * lesson, glossary term and myth. Each failure names the file, the line and the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worksheet } from '../../src/data/worksheet';

const CONTENT = join(process.cwd(), 'src/content');

/** Every course text: [path relative to src/content, its text]. */
const files: [string, string][] = ['lessons', 'glossary', 'myths'].flatMap((dir) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f): [string, string] => [`${dir}/${f}`, readFileSync(join(CONTENT, dir, f), 'utf8')]),
);

/** The text a reader sees or a tooltip shows: component ids, link targets and URLs blanked out. */
const prose = (text: string) =>
  text
    .replace(/\bid="[^"]*"/g, 'id=""')
    .replace(/\]\([^)]*\)/g, ']()')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/`[^`]*`/g, '``');

/** Every match of `pattern` in the course texts, as "file:line: match", except in the files `allowIn`. */
function offences(pattern: RegExp, allowIn: string[] = []): string[] {
  const found: string[] = [];
  for (const [path, text] of files) {
    if (allowIn.includes(path)) continue;
    prose(text)
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
          found.push(`${path}:${i + 1}: ${m[0]}`);
        }
      });
  }
  return found;
}

describe('style sheet: one term per concept', () => {
  it.each([
    ['vanity metric (write "ijdelheidscijfer")', /vanity metric/i, ['glossary/vanity-metric.md']],
    ['second-level thinking in other words', /denken op het tweede niveau|second level thinking|tweedeniveaudenken/i, []],
    ['klikratio (write "doorklikratio")', /(?<!door)klikratio/i, []],
    ['webshop (write "webwinkel")', /webshop/i, []],
    ['a UTM-link/-code/-tag (write "link met UTM-parameters")', /UTM-(link|code|tag)/i, []],
    ['engagement rate in Dutch text (write "engagementratio")', /engagement rate/i, ['glossary/engagement-rate.md']],
    ['"sociale media" in running text (write "social media")', /(?<![A-Z][a-z]+ )sociale media/, []],
  ] as const)('no %s', (_rule, pattern, allowIn) => {
    expect(offences(pattern, [...allowIn])).toEqual([]);
  });
});

describe('style sheet: spelling', () => {
  it('writes social-media compounds as the Woordenlijst does (social-mediastrategie, social-media-adviseur)', () => {
    expect(offences(/socialemedia|socialmedia|social media-|social-media-(?=[b-df-hj-np-tv-z])/i)).toEqual([]);
    // Written apart, the compound is wrong too ("social media adviseur"); titles of sources keep their own spelling.
    expect(offences(/\bsocial media (adviseur|expert|coach|specialist|strategie|marketeer|bureau)/i)).toEqual([]);
  });

  it('writes brand compounds without a hyphen (Facebookpagina, Instagramaccount)', () => {
    expect(offences(/\b(Facebook|Instagram|LinkedIn|YouTube|TikTok|WhatsApp)-[a-z]/)).toEqual([]);
  });

  it('puts a no-break space between a number and % ("8 %"), and never writes "procent" after a number', () => {
    expect(offences(/\d(?:[ \u202f]?%| procent)/)).toEqual([]);
  });

  it('puts a no-break space after the euro sign ("€ 1.234,50")', () => {
    expect(offences(/€(?!\u00a0)/)).toEqual([]);
  });

  it('conjugates "liken" as a Dutch verb (liket, liketen, geliket)', () => {
    expect(offences(/\b(likten|gelikt|geliked|gelaiked|likede|likeden)\b/i)).toEqual([]);
  });
});

describe('style sheet: Dutch sentences, not English ones in Dutch words', () => {
  it.each([
    ['"helpen" with a goal as object (write "wat levert dat op voor mijn doelen")', /\bhelpt (dat|het|dit) (mijn|je|jouw|uw|onze) doel/i],
    ['"schalen slecht/goed" (write "kun je niet in het groot doen")', /\bschalen (slecht|goed)\b/i],
    ['"door de etalage kijken" (write "in de etalage kijken")', /\bdoor de etalage\b/i],
  ] as const)('no %s', (_rule, pattern) => {
    expect(offences(pattern)).toEqual([]);
  });
});

describe('style sheet: neutral for the Netherlands and Flanders', () => {
  it('uses no words that are only at home on one side of the border', () => {
    expect(
      offences(/\bzzp|\bmok(ken)?\b|\bgaaf\b|hoedje|door (zijn|haar|je) rug|netwerkborrel|\bplezant|\bgoesting|\bambetant|\bde kost van\b/i),
    ).toEqual([]);
  });
});

describe('style sheet: sources and production talk', () => {
  it('has no production talk in the course text', () => {
    expect(offences(/\bkopie\b|tekst die wij hebben|\bTODO\b|\bFIXME\b|\bXXX\b/)).toEqual([]);
  });

  it('says nothing about how the course was made (a source note may still say "onze berekening")', () => {
    expect(offences(/\bonze (eigen )?(woorden|indeling)\b|\bin eigen woorden\b|\bopnieuw opgeschreven\b|\bherschreven\b|\bwij maakten\b/i)).toEqual([]);
  });

  it('says "jaar niet vermeld" when a source gives no year', () => {
    expect(offences(/jaar onbekend/i)).toEqual([]);
  });

  /** How each source article is cited in a `sources` list or a myth's `source`, field by field. */
  const canonical: Record<string, string[]> = {
    'Waarom likes een vergiftigd geschenk zijn': ['author: Gerrit Vromant', 'year: 2019'],
    '[blogartikel over een degelijke strategie op social media, zonder titel]': ['author: Jerry'],
    'Likes = Goud? De Ware ROI van Sociale Media Likes Ontrafeld': ['author: Jasper de Vries', 'url: https://likesboosters-nl.pages.dev/blog/roi-sociale-media-likes-ontrafeld'],
    'Waarom ik geen social media advies meer doe': ['publication: blogartikel (auteur niet vermeld)'],
    'Slecht social media advies inbegrepen': ['author: AnjaVG', 'publication: Tekstbureau Van Ginneken (blog)'],
  };
  const unquote = (s: string) => s.trim().replace(/^(['"])(.*)\1$/, '$2');

  it('cites each source article one way everywhere', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const [path, text] of files) {
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        const title = /^\s*(?:- )?title: (.+)$/.exec(line);
        if (!title || !(unquote(title[1] ?? '') in canonical)) return;
        // Only titles inside a source list or a myth's source block.
        const before = lines.slice(0, i).reverse().find((l) => /^[a-z]+:/.test(l));
        if (!before || !/^(sources|source):/.test(before)) return;
        seen += 1;
        const indent = (/^\s*/.exec(line)?.[0].length ?? 0) + (line.trimStart().startsWith('- ') ? 2 : 0);
        const fields: string[] = [];
        for (const next of lines.slice(i + 1)) {
          if ((/^\s*/.exec(next)?.[0].length ?? 0) !== indent || next.trimStart().startsWith('- ')) break;
          fields.push(next.trim().replace(/: (.+)$/, (_, v: string) => `: ${unquote(v)}`));
        }
        const expected = canonical[unquote(title[1] ?? '')] ?? [];
        if (JSON.stringify(fields) !== JSON.stringify(expected)) {
          wrong.push(`${path}:${i + 1}: ${unquote(title[1] ?? '')} → ${fields.join(', ')}`);
        }
      });
    }
    expect(seen, 'no source article cited at all?').toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('cites Jerry\'s untitled article one way in the text', () => {
    expect(offences(/source="Jerry(?!, blogartikel zonder titel)/)).toEqual([]);
  });
});

describe('style sheet: the one worksheet', () => {
  it('quotes the canonical worksheet wherever a text mentions it', () => {
    const wrong: string[] = [];
    for (const [path, text] of files) {
      if (!/werkblad/i.test(text)) continue;
      const flat = text.replace(/\s+/g, ' ');
      const quotesAll = worksheet.every((q) => flat.includes(q.question));
      if (!/<Worksheet\b/.test(text) && !quotesAll) wrong.push(path);
    }
    expect(wrong).toEqual([]);
  });

  it('has no worksheet of its own with another number of questions', () => {
    expect(offences(/\b(vier|vijf|zeven|acht) vragen\b/i)).toEqual([]);
  });
});
