export * from './context';
export * from './candidates';
export * from './resolve';
