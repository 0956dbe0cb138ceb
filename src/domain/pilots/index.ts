/** Pilots and scale-up: the pure rules (issue 12). */
export * from './pilots';
export { decisionText } from './decision-text';
export { formatKroner, parseKroner } from '../../shared/money';
