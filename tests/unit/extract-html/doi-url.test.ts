import { describe, expect, it } from 'vitest';
import { doiFromUrl } from '../../../lib/extract/meta';

describe('doiFromUrl', () => {
  it.each([
    ['https://onlinelibrary.wiley.com/doi/full/10.1002/advs.201500314', '10.1002/advs.201500314'],
    [
      'https://www.tandfonline.com/doi/abs/10.1080/20550308.2015.1135230?tab=x',
      '10.1080/20550308.2015.1135230',
    ],
    ['https://www.pnas.org/doi/10.1073/pnas.0904402107', '10.1073/pnas.0904402107'],
    [
      'http://www.plosone.org/article/info%3Adoi%2F10.1371%2Fjournal.pone.0006256',
      '10.1371/journal.pone.0006256',
    ],
    [
      'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0185809',
      '10.1371/journal.pone.0185809',
    ],
  ])('%s → %s', (url, doi) => {
    expect(doiFromUrl(url)).toBe(doi);
  });

  it.each([
    'https://example.org/search?q=10.1371/journal.pone.1',
    'https://example.org/article/123?ref=https://doi.org/10.1/x',
    'https://www.nature.com/articles/s41586-020-2649-2',
    'not a url',
  ])('finds none in %s', (url) => {
    expect(doiFromUrl(url)).toBeNull();
  });
});

describe('doiFromUrl decodes a DOI URL as normaliseDoi does, once', () => {
  it.each([
    ['https://example.org/doi/full/10.1000/a%252Fb', '10.1000/a%252fb'],
    ['https://example.org/article?doi=10.1000%2Fabc', '10.1000/abc'],
    ['https://example.org/article?id=10.1000/x%2528y', '10.1000/x%2528y'],
  ])('%s → %s', (url, doi) => {
    expect(doiFromUrl(url)).toBe(doi);
  });
});
