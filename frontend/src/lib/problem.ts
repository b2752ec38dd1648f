import { i18n } from '@/lib/i18n';
import type { components } from '@/lib/api/schema';

export type Problem = components['schemas']['Problem'];
/** An existing record a request would repeat (`matchedOn` names the field, for clients `name` or `taxId`). */
export type Conflict = components['schemas']['Conflict'];

/** An error answered by the API as RFC 9457 problem+json. */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get type(): string {
    return this.problem.type;
  }

  /** The existing records in the way, as far as the caller may see them; empty for other problems. */
  get conflicts(): Conflict[] {
    return this.problem.conflicts ?? [];
  }
}

export function isProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

export function isStaleVersion(error: unknown): boolean {
  return isProblem(error) && error.status === 412;
}

/** The records a refused creation would repeat (409 with `conflicts`); empty for any other failure. */
export function conflictsOf(error: unknown): Conflict[] {
  return isProblem(error) && error.status === 409 ? error.conflicts : [];
}

/**
 * Field errors of a problem keyed by form path (`channels[0].value` becomes `channels.0.value`), in the reader's
 * language by their stable `code`; an error without one (or with a code this SPA does not know) keeps the API's words.
 */
export function toFormErrors(error: unknown): Record<string, string> {
  if (!isProblem(error) || !error.problem.errors) return {};
  const out: Record<string, string> = {};
  for (const { field, message, code, limit } of error.problem.errors) {
    const path = field.replace(/\[(\d+)\]/g, '.$1');
    const said = code && i18n.exists(`problem.field.${code}`) ? i18n.t(`problem.field.${code}`, { limit }) : message;
    out[path] = out[path] ? `${out[path]}; ${said}` : said;
  }
  return out;
}

/** Builds a problem for failures that never reached the API (network down, proxy errors). */
export function problemFrom(status: number, body: unknown): ApiProblem {
  if (body && typeof body === 'object' && 'type' in body && 'detail' in body) {
    return new ApiProblem(body as Problem);
  }
  return new ApiProblem({ type: '/problems/unexpected', title: 'Request failed', status, detail: `HTTP ${status}` });
}
