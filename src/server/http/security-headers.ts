// The security headers every response carries, pages and API alike. The content security policy allows this server
// alone: offices run on closed networks, and nothing of Refuge may load from another host. Inline styles stay allowed
// (the server-built pages and the charts' SVG use them); inline scripts do not.
import { secureHeaders } from 'hono/secure-headers';

/** The content security policy, one directive per entry. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The middleware that sets them (HSTS only matters over TLS, where browsers honour it). */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
