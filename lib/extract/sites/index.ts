/**
 * Every site adapter, in match order: aggregators that carry other publishers' DOIs and meta tags
 * (PMC, Europe PMC, arXiv, bioRxiv) first, then publishers. A meta-test checks every file is listed.
 */
import type { SiteAdapter } from '../site-adapter';
import { acs } from './acs';
import { arxiv } from './arxiv';
import { biologists } from './biologists';
import { biorxiv } from './biorxiv';
import { bmc } from './bmc';
import { elife } from './elife';
import { embo } from './embo';
import { europepmc } from './europepmc';
import { f1000 } from './f1000';
import { frontiers } from './frontiers';
import { jcb } from './jcb';
import { mdpi } from './mdpi';
import { mitpress } from './mitpress';
import { nature } from './nature';
import { oup } from './oup';
import { peerj } from './peerj';
import { plos } from './plos';
import { pmc } from './pmc';
import { pnas } from './pnas';
import { royalsociety } from './royalsociety';
import { sage } from './sage';
import { science } from './science';
import { sciencedirect } from './sciencedirect';
import { springer } from './springer';
import { tandf } from './tandf';
import { wiley } from './wiley';

export const SITE_ADAPTERS: SiteAdapter[] = [
  pmc,
  europepmc,
  arxiv,
  biorxiv,
  sciencedirect,
  nature,
  bmc,
  springer,
  embo,
  wiley,
  plos,
  elife,
  frontiers,
  mdpi,
  oup,
  tandf,
  sage,
  pnas,
  peerj,
  f1000,
  royalsociety,
  mitpress,
  acs,
  science,
  jcb,
  biologists,
];
