// One page's strings in both languages. The Spanish must have exactly the English keys (the type says so), so a
// string added in one language and forgotten in the other fails the type check.

/** A tree of strings. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** The same keys as `T`, each leaf a string. */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** Declares a namespace's strings: English, and Spanish with the same keys. */
export const defineMessages = <T extends MessageTree>(messages: { en: T; es: SameKeys<T> }) => messages;
