export { RequestFlag, type RequestFlagProps, type FlagStatus } from './RequestFlag';
export { default as FLAG_CSS } from './flag.css?inline';
