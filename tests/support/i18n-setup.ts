// Unit tests see the extension in English, as users of an English browser do (vitest setupFiles).
import { beforeEach } from 'vitest';
import { useLocale } from './i18n';

beforeEach(async () => {
  await useLocale('en');
});
