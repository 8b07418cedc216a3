// Types every `t('…')` call against the English strings, so a missing key fails the type check.
import 'i18next';
import type { NAMESPACES } from './namespaces.ts';

type English = { [NS in keyof typeof NAMESPACES]: (typeof NAMESPACES)[NS]['en'] };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: English;
  }
}
