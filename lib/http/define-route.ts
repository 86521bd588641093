import { type z } from 'zod';
import { hasPermission, type Permission } from '@/lib/auth/roles';
import { type User } from '@/lib/auth/user';
import { AppError } from '@/lib/errors/app-error';
import { authenticateRequest } from './authenticate-request';
import { checkMutation, isMutation } from './check-mutation';
import { readJsonBody } from './read-json-body';
import { toErrorResponse } from './to-error-response';

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteContext<Q, B, P> {
  user: User;
  query: Q;
  body: B;
  params: P;
  request: Request;
}

export interface RouteDefinition<QS, BS, PS> {
  /** The permission every caller must hold; authorization is never left to the proxy. */
  permission: Permission;
  query?: QS;
  body?: BS;
  params?: PS;
  handler: (context: RouteContext<Infer<QS>, Infer<BS>, Infer<PS>>) => Promise<unknown>;
}

export type RouteHandler = ((request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>) & {
  permission: Permission;
};

function queryObject(url: URL): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    result[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return result;
}

/** The one wrapper for route handlers: authentication, authorization, zod input, error mapping. */
export function defineRoute<QS extends Schema | undefined = undefined, BS extends Schema | undefined = undefined, PS extends Schema | undefined = undefined>(
  definition: RouteDefinition<QS, BS, PS>,
): RouteHandler {
  const handler = async (request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const user = await authenticateRequest(request);
      if (!hasPermission(user.roles, definition.permission)) {
        throw new AppError({ code: 'forbidden', message: `Your roles (${user.roles.join(', ') || 'none'}) do not grant ${definition.permission}` });
      }
      if (isMutation(request.method)) checkMutation({ request, viaCookie: user.via === 'session' });
      const query = definition.query ? (definition.query.parse(queryObject(new URL(request.url))) as Infer<QS>) : (undefined as Infer<QS>);
      const params = definition.params ? (definition.params.parse(await context.params) as Infer<PS>) : (undefined as Infer<PS>);
      const body = definition.body ? (definition.body.parse(await readJsonBody(request)) as Infer<BS>) : (undefined as Infer<BS>);
      const result = await definition.handler({ user, query, body, params, request });
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
  return Object.assign(handler, { permission: definition.permission });
}
