/** Joint funding applications: budget split, status machine, reporting obligations. */
export * from './budget';
export * from './obligations';
export * from './status';
