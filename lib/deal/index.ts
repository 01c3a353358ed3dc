export * from './status';
export * from './alerts';
export * from './format';
export * from './badge';
export * from './date-conflicts';
