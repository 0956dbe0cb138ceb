/** The demo loaders of every module, in order. Modules add theirs here. */
import type { DemoLoader } from './demo';
import { loadOrganisationDemo } from '../modules/organisation/index';
import { loadMeetingsDemo } from './meetings-demo';
import { loadPlansDemo } from './plans-demo';
import { loadReformDemo } from './reform-demo';
import { loadTransfersDemo } from './transfers-demo';
import { loadFundingDemo } from './funding-demo';

export const demoLoaders: DemoLoader[] = [
  loadOrganisationDemo,
  loadMeetingsDemo,
  loadReformDemo,
  loadPlansDemo,
  loadTransfersDemo,
  loadFundingDemo,
];
