/** The demo loaders of every module, in order. Modules add theirs here. */
import type { DemoLoader } from './demo';
import { loadOrganisationDemo } from '../modules/organisation/index';

export const demoLoaders: DemoLoader[] = [loadOrganisationDemo];
