export * from './db';
export * from './errors';
export * from './deals';
export * from './people';
export * from './requests';
export * from './settings';
export * from './backup';
export { DB_NAME, DB_VERSION } from './schema';
export * from './flags';
