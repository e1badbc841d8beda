import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Where `npm run build:web` puts the portal; the api runs from the repository (or image) root. */
export const WEB_APP_DIRECTORY = resolve(process.cwd(), 'apps/web/dist');

/** Paths that are never the portal's, whatever the browser asks for. */
const API_PATHS = /^\/(graphql|socket\.io|health)(\/|$)/;

/**
 * The portal's pages load only their own script and styles: no inline script, no other origin.
 * `connect-src 'self'` covers GraphQL and the socket (same-origin ws/wss).
 */
const PORTAL_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
};

interface RouteLayer {
  route?: { methods?: Record<string, boolean> };
  match(path: string): boolean;
}

/**
 * Serves the built portal at `/`: its files as they are (hashed assets cached for a year), and
 * index.html for any other page a browser asks for (the portal routes in the browser), except
 * GraphQL, socket.io, health and the REST routes the api itself answers.
 */
export function serveWebApp(app: NestExpressApplication, directory = WEB_APP_DIRECTORY): boolean {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) {
    Logger.log(`No built portal in ${directory} (npm run build:web); serving the api only`, 'WebApp');
    return false;
  }
  app.useStaticAssets(directory, {
    index: false,
    setHeaders: (res, path) => {
      for (const [name, value] of Object.entries(PORTAL_HEADERS)) res.setHeader(name, value);
      if (path.includes(`${join(directory, 'assets')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const express = app.getHttpAdapter().getInstance() as unknown as { router?: { stack: RouteLayer[] } };
  const isApiRoute = (path: string) =>
    (express.router?.stack ?? []).some((layer) => layer.route?.methods?.get && layer.match(path));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html') || isApiRoute(req.path)) {
      return next();
    }
    for (const [name, value] of Object.entries(PORTAL_HEADERS)) res.setHeader(name, value);
    // The page itself is never cached, so a new release's assets are picked up at once.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
