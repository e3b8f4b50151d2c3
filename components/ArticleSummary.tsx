import type { ArticleRecord } from '../lib/article';

const SHOWN_AUTHORS = 8;

/** Title, journal, DOI (as a link) and authors, as read from the page. */
export function ArticleSummary({ record }: { record: ArticleRecord }) {
  const { title, journal, published, doi, authors } = record;
  const more = authors.length - SHOWN_AUTHORS;
  return (
    <section class="article" data-state="article" aria-labelledby="article-title">
      <h2 id="article-title" class="article__title">
        {record.kind === 'text' ? 'Selected or pasted text' : (title ?? 'Untitled article')}
      </h2>
      {(journal || published) && (
        <p class="article__source">{[journal, published?.slice(0, 4)].filter(Boolean).join(' · ')}</p>
      )}
      {record.kind === 'text' ? null : doi ? (
        <p class="article__doi">
          DOI:{' '}
          <a href={`https://doi.org/${doi}`} target="_blank" rel="noreferrer" data-testid="doi">
            {doi}
          </a>
        </p>
      ) : (
        <p class="article__doi article__doi--missing">No DOI found on the page.</p>
      )}
      {authors.length > 0 && (
        <p class="article__authors" data-testid="authors">
          {authors
            .slice(0, SHOWN_AUTHORS)
            .map((author) => author.name)
            .join(', ')}
          {more > 0 && ` and ${more} more`}
        </p>
      )}
    </section>
  );
}
