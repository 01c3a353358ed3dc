export { BADGE_TAG, createBadge, updateBadge } from './badge';
export { badgeLabel, isBadgeLevel, type BadgeInfo, type BadgeLevel } from './label';
export { default as BADGE_CSS } from './badge.css?inline';
