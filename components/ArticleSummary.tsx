import type { ArticleRecord } from '../lib/article';
import { formatNumber, t } from '../platform/i18n';

const SHOWN_AUTHORS = 8;

/** Title, journal, DOI (as a link) and authors, as read from the page. */
export function ArticleSummary({ record }: { record: ArticleRecord }) {
  const { title, journal, published, doi, authors } = record;
  const more = authors.length - SHOWN_AUTHORS;
  return (
    <section class="article" data-state="article" aria-labelledby="article-title">
      <h2 id="article-title" class="article__title">
        {record.kind === 'text' ? t('popup.selectedText') : (title ?? t('popup.untitled'))}
      </h2>
      {(journal || published) && (
        <p class="article__source">{[journal, published?.slice(0, 4)].filter(Boolean).join(' · ')}</p>
      )}
      {record.kind === 'text' ? null : doi ? (
        <p class="article__doi">
          {t('popup.doi')}{' '}
          <a href={`https://doi.org/${doi}`} target="_blank" rel="noreferrer" data-testid="doi">
            {doi}
          </a>
        </p>
      ) : (
        <p class="article__doi article__doi--missing">{t('popup.noDoi')}</p>
      )}
      {authors.length > 0 && (
        <p class="article__authors" data-testid="authors">
          {authors
            .slice(0, SHOWN_AUTHORS)
            .map((author) => author.name)
            .join(', ')}
          {more > 0 && ` ${t('popup.moreAuthors', more, { count: formatNumber(more) })}`}
        </p>
      )}
    </section>
  );
}
