import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

/** One failed check of an input: where (`query.limit`, `body.text`) and what to do. */
export const InputIssueSchema = z.object({
  where: z.string().describe('request part and field, e.g. query.limit, body.text'),
  code: z.string().describe('zod issue code, e.g. too_big, invalid_type'),
  message: z.string(),
});

/** RFC 9457 problem details, as every error of the API is sent. */
export const ProblemSchema = z.object({
  type: z.string().describe('stable problem id, e.g. urn:newsgraph:problem:invalid-input'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe('what went wrong and what to do next'),
  instance: z.string().describe('the request path'),
  issues: z.array(InputIssueSchema).optional().describe('every failed input check (invalid-input only)'),
}).meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;
export type InputIssue = z.infer<typeof InputIssueSchema>;

/** The problems this API can answer with: status, type suffix and title. */
export const PROBLEMS = {
  'invalid-input': { status: 400, title: 'Invalid input' },
  unauthorized: { status: 401, title: 'Missing or wrong bearer token' },
  'writes-disabled': { status: 403, title: 'This server accepts no writes' },
  'unknown-host': { status: 403, title: 'Host not served' },
  'not-found': { status: 404, title: 'Not found' },
  'too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'too-slow': { status: 422, title: 'Article took too long to analyse' },
  'analysis-failed': { status: 422, title: 'Article could not be analysed' },
  internal: { status: 500, title: 'Internal server error' },
  'server-busy': { status: 503, title: 'Server busy' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;
export type ProblemKind = keyof typeof PROBLEMS;

/** Thrown by handlers; the app's error handler turns it into a problem+json response. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly issues?: InputIssue[],
    /** extra response headers, e.g. Retry-After */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export function problemResponse(c: Context, kind: ProblemKind, detail: string, issues?: InputIssue[], headers: Record<string, string> = {}): Response {
  const { status, title } = PROBLEMS[kind];
  const body: Problem = { type: `urn:newsgraph:problem:${kind}`, title, status, detail, instance: c.req.path };
  if (issues) body.issues = issues;
  return c.body(JSON.stringify(body), status, { ...headers, 'content-type': 'application/problem+json' });
}

/** Zod issues of one request part as problem issues. */
export function inputIssues(part: string, error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    where: [part, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

/** The `responses` entry for a problem status, for route definitions. */
export function problemContent(description: string) {
  return { description, content: { 'application/problem+json': { schema: ProblemSchema } } };
}
