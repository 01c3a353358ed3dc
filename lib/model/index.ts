export * from './constants';
export * from './primitives';
export * from './person';
export * from './deal';
export * from './request';
export * from './settings';
export * from './backup';
