/** Runtime schema of a Verdict (lib/verdict/types.ts), for data that crosses a context boundary. */
import * as z from 'zod/mini';
import { CREDIT_ROLES } from '../article';
import type { Verdict } from '../verdict/types';

const evidence = z.object({
  section: z.enum(['acknowledgements', 'funding', 'contributions', 'methods', 'affiliations', 'elsewhere']),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  index: z.optional(z.number()),
  context: z.optional(z.string()),
});

const grant = z.object({ number: z.string(), status: z.enum(['cited', 'missing']) });

export const verdictSchema = z.object({
  id: z.string(),
  name: z.string(),
  credit: z.enum(['missing', 'generic', 'named', 'named-with-pid']),
  where: z.array(z.enum(['acknowledgements', 'funding', 'methods', 'contributions', 'affiliations'])),
  rrid: z.enum(['present', 'absent', 'mismatch', 'not-in-profile']),
  staff: z.array(
    z.object({
      name: z.string(),
      status: z.enum(['author', 'acknowledged', 'absent']),
      roles: z.array(z.enum(CREDIT_ROLES)),
    }),
  ),
  grants: z.array(grant),
  instruments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      used: z.boolean(),
      evidence: z.array(evidence),
      grants: z.array(grant),
      suggestion: z.nullable(z.string()),
    }),
  ),
  flags: z.array(
    z.enum([
      'NOT_MENTIONED',
      'GENERIC_ONLY',
      'AFFILIATION_ONLY',
      'METHODS_ONLY',
      'MISSING_RRID',
      'WRONG_RRID',
      'MISSING_GRANT',
      'STAFF_NOT_NAMED',
      'AUTHORSHIP_CANDIDATE',
      'NAME_VARIANT',
      'MENTIONED_ELSEWHERE',
      'MISSING_INSTRUMENT_GRANT',
    ]),
  ),
  evidence: z.array(evidence),
  suggestion: z.nullable(z.string()),
  pendingAuthorship: z.optional(
    z.array(
      z.object({
        start: z.number(),
        end: z.number(),
        others: z.array(z.object({ start: z.number(), end: z.number() })),
      }),
    ),
  ),
});

type Parsed = z.infer<typeof verdictSchema>;
const _verdictTypesAgree: [Parsed extends Verdict ? true : never, Verdict extends Parsed ? true : never] = [
  true,
  true,
];
