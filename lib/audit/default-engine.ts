/** The product's audit engine with the authorship analysis imported: for the CLI and Node tests. */
import { authorshipCue } from '../match/authorship';
import { type ProductEngine, productEngine } from './product-engine';

export const defaultEngine: ProductEngine = productEngine(authorshipCue);
