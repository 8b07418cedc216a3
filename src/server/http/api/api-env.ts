// What the API's middleware hands to each route: the authenticated caller, and the access grant for the record
// the route names in its path.
import type { AccessBasis, CaseAccessFacts } from '../../../domain/access/need-to-know.ts';
import type { AppError } from '../../../domain/errors.ts';
import type { Viewer } from '../../auth/viewer.ts';

/** A record the policy let this caller reach, and the basis it rests on (written to the access log). */
export interface AccessGrant {
  basis: AccessBasis;
  facts: CaseAccessFacts;
}

/** The Hono environment of every API route. */
export interface ApiEnv {
  Variables: {
    /** The signed-in caller, or null on a public route called without credentials. */
    viewer: Viewer | null;
    /** Set on routes that name a case record, once the policy allowed it. */
    grant: AccessGrant | null;
    /** Why the credential the request carried was refused, if it was (raised only where sign-in is needed). */
    credentialError: AppError | null;
    /** Does a cookie-authenticated request carry the session's CSRF token? (Bearer requests need none.) */
    hasCsrfToken: boolean;
  };
}
