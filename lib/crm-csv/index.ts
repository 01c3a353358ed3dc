export * from './parse';
export * from './values';
export * from './sources';
export * from './import';
export * from './merge';
