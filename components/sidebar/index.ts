export { Sidebar, type SidebarProps } from './Sidebar';
export { default as SIDEBAR_CSS } from './sidebar.css?inline';
export type * from './types';
