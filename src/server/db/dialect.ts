// The two stores Refuge runs on.

/** `sqlite` is the embedded default; `postgres` the multi-user deployment. */
export type Dialect = 'sqlite' | 'postgres';
