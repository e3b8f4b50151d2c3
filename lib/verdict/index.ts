export { check } from './check';
export type * from './types';
export { CREDIT_LEVELS } from './types';
