export { check } from './check';
export type * from './types';
