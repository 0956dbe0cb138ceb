export * from './answers';
export * from './results';
export * from './kl-baseline';
