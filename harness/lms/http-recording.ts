/**
 * Express middleware that reports what the LMS served to the session that asked: status, and for
 * mock backends the request and response bodies (cut at a limit). The session is found from the
 * URL or the Referer (content URLs carry the session id: /s/<id>/…).
 */
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import {
  REQUEST_ID_HEADER,
  SENT_AT_HEADER,
  sentAtOf,
} from '../driver/browser/exit-watch.browser.ts';
import type { HttpTarget } from '../trace/types.ts';

export interface HttpRecord {
  method: string;
  url: string;
  status: number;
  target: HttpTarget;
  requestBody?: string;
  responseBody?: string;
  truncated?: boolean;
  /** Virtual ms at which the page sent it (fetch/XHR from the launch's frames stamp it). */
  sentAt?: number;
  /** The page's id of the request (see ExitHooks.requestSent), when it announced it. */
  requestId?: number;
}

const SESSION_IN_PATH = /\/s\/([A-Za-z0-9_-]+)\//;

export function sessionIdOf(req: Request): string | undefined {
  const fromUrl = SESSION_IN_PATH.exec(req.originalUrl)?.[1];
  if (fromUrl) return fromUrl;
  const referer = req.get('referer');
  return referer ? SESSION_IN_PATH.exec(new URL(referer).pathname + '/')?.[1] : undefined;
}

function cut(text: string, limit: number): { text: string; truncated: boolean } {
  return text.length > limit
    ? { text: text.slice(0, limit), truncated: true }
    : { text, truncated: false };
}

/** Reads the body once, parses JSON / form / text for the backend (req.body), keeps it to record. */
export function bodyCapture(): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit: '5mb' }),
    (req: Request, _res: Response, next: NextFunction) => {
      const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
      (req as Request & { rawBody?: string }).rawBody = raw;
      const type = req.get('content-type') ?? '';
      if (raw === '') req.body = undefined;
      else if (type.includes('json')) {
        try {
          req.body = JSON.parse(raw) as unknown;
        } catch {
          req.body = raw;
        }
      } else if (type.includes('x-www-form-urlencoded')) {
        req.body = Object.fromEntries(new URLSearchParams(raw));
      } else req.body = raw;
      next();
    },
  ];
}

export function recordHttp(
  target: HttpTarget,
  limit: number,
  report: (req: Request, record: HttpRecord) => void,
): RequestHandler {
  return (req, res, next) => {
    const chunks: Buffer[] = [];
    const sentAt = sentAtOf(req.get(SENT_AT_HEADER));
    const idHeader = req.get(REQUEST_ID_HEADER);
    const requestId = idHeader === undefined ? NaN : Number(idHeader);
    // The stamps are the harness's, not the content's: the backend never sees them.
    delete req.headers[SENT_AT_HEADER.toLowerCase()];
    delete req.headers[REQUEST_ID_HEADER.toLowerCase()];
    if (target === 'backend') {
      const write = res.write.bind(res) as (...args: unknown[]) => boolean;
      const end = res.end.bind(res) as (...args: unknown[]) => Response;
      const keep = (chunk: unknown) => {
        if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
        else if (Buffer.isBuffer(chunk)) chunks.push(chunk);
      };
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        keep(chunk);
        return write(chunk, ...rest);
      }) as Response['write'];
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        keep(chunk);
        return end(chunk, ...rest);
      }) as Response['end'];
    }
    res.on('finish', () => {
      const record: HttpRecord = {
        method: req.method,
        url: `${req.protocol}://${req.get('host') ?? ''}${req.originalUrl}`,
        status: res.statusCode,
        target,
        ...(sentAt !== undefined ? { sentAt } : {}),
        ...(Number.isInteger(requestId) ? { requestId } : {}),
      };
      if (target === 'backend') {
        const request = cut((req as Request & { rawBody?: string }).rawBody ?? '', limit);
        const response = cut(Buffer.concat(chunks).toString('utf8'), limit);
        if (request.text) record.requestBody = request.text;
        if (response.text) record.responseBody = response.text;
        if (request.truncated || response.truncated) record.truncated = true;
      }
      report(req, record);
    });
    next();
  };
}
