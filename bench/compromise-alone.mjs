#!/usr/bin/env node
// What starting compromise costs by itself (bench/cli-startup.ts): its one-file build, as the CLI's
// bundle loads it (lib/cli/compromise-lazy.ts), and one short parse, as the authorship analysis does.
import { createRequire } from 'node:module';

const nlp = createRequire(import.meta.url)('compromise');
nlp('We thank Ann Lee for the analysis of the images.').verbs().json({ offset: true });
