export { Sidebar, type SidebarProps } from './Sidebar';
export { SIDEBAR_CSS } from './styles';
export type * from './types';
