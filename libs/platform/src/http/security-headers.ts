import type { RequestHandler } from 'express';
import helmet from 'helmet';

/*
 * GraphiQL (served outside production at GET /graphql) is a page @nestjs/apollo builds with
 * React and GraphiQL from unpkg and one inline script; nothing else this api serves is a page.
 */
const GRAPHIQL_SOURCES = ['https://unpkg.com'];

/**
 * Security headers on every response (helmet): a Content-Security-Policy that lets nothing load
 * (an API answers JSON and files) except, outside production, GraphiQL's scripts and styles; no
 * framing (CSP frame-ancestors and X-Frame-Options); HSTS for a year; no MIME sniffing; no
 * referrer. Downloads add their own stricter `sandbox` policy.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  const page = options.production ? ["'none'"] : ["'self'", "'unsafe-inline'", ...GRAPHIQL_SOURCES];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'none'"],
        'script-src': page,
        'style-src': page,
        'img-src': options.production ? ["'none'"] : ["'self'", 'data:', ...GRAPHIQL_SOURCES],
        'font-src': options.production ? ["'none'"] : ["'self'", 'data:', ...GRAPHIQL_SOURCES],
        'connect-src': ["'self'"],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    // GraphiQL's scripts come from another origin without CORP headers.
    crossOriginEmbedderPolicy: false,
  });
}
