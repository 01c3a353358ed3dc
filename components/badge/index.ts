export { BADGE_TAG, createBadge, updateBadge } from './badge';
export { badgeLabel, isBadgeLevel, type BadgeInfo, type BadgeLevel } from './label';
export { BADGE_CSS } from './styles';
