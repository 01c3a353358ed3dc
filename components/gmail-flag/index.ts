export { RequestFlag, type RequestFlagProps, type FlagStatus } from './RequestFlag';
export { FLAG_CSS } from './styles';
