/** The demo loaders of every module, in order. Modules add theirs here. */
import type { DemoLoader } from './demo';

export const demoLoaders: DemoLoader[] = [];
