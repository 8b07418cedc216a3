// An address with no page, or one whose record the reader has no basis to see: the same words for both.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <Link to="/">{t('backHome')}</Link>
    </>
  );
}
