export * from './ids';
export * from './state';
export * from './plan';
export * from './badge';
