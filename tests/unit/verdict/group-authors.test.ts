// A group author (a consortium) is an author, never a person: it takes no initials or family name from
// the staff members among the authors. Records stored before authors had a `kind` are read as persons.
import { describe, expect, it } from 'vitest';
import type { Author } from '../../../lib/article';
import { authorByInitials, parseAuthors } from '../../../lib/match/authors';
import { articleRecordSchema } from '../../../lib/schemas/article';
import { check } from '../../../lib/verdict/check';
import { article, author, facility, profile, staff } from './helpers';

const consortium: Author = {
  name: 'Cell Imaging Consortium',
  given: null,
  family: null,
  orcid: null,
  affiliations: ['Example University'],
  kind: 'group',
};
const people = facility({ staff: [staff('Carla Costa')] });

describe('group authors and staff', () => {
  it('are parsed as no person: no name, no initials', () => {
    const [group] = parseAuthors([consortium]);
    expect(group).toMatchObject({ name: null, initials: [], orcid: null });
  });

  it.each([
    ['CC', 'Carla Costa'],
    ['CIC', null],
  ])('initials %s are %s', (initials, name) => {
    const authors = parseAuthors([author('Carla Costa'), consortium]);
    expect(authorByInitials(initials, authors)?.author.name ?? null).toBe(name);
  });

  it('a staff member who is an author keeps her initials as evidence beside a consortium', () => {
    const a = article({
      ack: 'CC is a member of the ABIF (RRID:SCR_017697).',
      authors: [author('Carla Costa'), consortium],
    });
    const [v] = check(a, profile(people));
    expect(v?.staff.map((s) => s.status)).toEqual(['author']);
    expect(v?.evidence.map((e) => e.text)).toContain('CC');
  });

  it('an author stored without `kind` is a person', () => {
    const { kind: _kind, ...old } = author('Carla Costa');
    const [v] = check(article({ authors: [old as Author] }), profile(people));
    expect(v?.staff[0]?.status).toBe('author');
    const parsed = articleRecordSchema.safeParse({ ...article({ authors: [] }), authors: [old] });
    expect(parsed.success && parsed.data.authors[0]?.kind).toBe('person');
  });
});
