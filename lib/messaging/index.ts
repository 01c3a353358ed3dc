export * from './protocol';
export * from './errors';
export * from './client';
export * from './sender';
export * from './content-schemas';
