import type { ThemeConfig } from 'antd';

/**
 * Colours chosen for WCAG 2.1 AA: white text on the primary blue is 6.7:1, and the secondary
 * text tokens are darkened because antd's defaults (45% black) give only ~3.4:1 on white.
 */
export const brandColors = {
  primary: '#0b5cad',
  primaryDark: '#08467f',
  portalBackground: '#f3f6fa',
} as const;

export const accessibleColors = {
  success: '#1e6b35',
  error: '#b3261e',
  warning: '#8a5300',
  neutral: '#595959',
  info: brandColors.primary,
} as const;

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: brandColors.primary,
    colorInfo: brandColors.primary,
    colorLink: brandColors.primary,
    colorSuccess: accessibleColors.success,
    colorError: accessibleColors.error,
    colorWarning: accessibleColors.warning,
    // Derived tints of the darkened status colours turn muddy, so the light ones are set by hand.
    colorSuccessBg: '#edf7ee',
    colorSuccessBorder: '#a9d5b1',
    colorErrorBg: '#fdeceb',
    colorErrorBorder: '#f0b4b0',
    colorWarningBg: '#fff6e0',
    colorWarningBorder: '#efc46e',
    colorInfoBg: '#e8f1fb',
    colorInfoBorder: '#a9c8ea',
    colorTextSecondary: 'rgba(0, 0, 0, 0.72)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.66)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.66)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorIcon: 'rgba(0, 0, 0, 0.66)',
    fontFamily:
      "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
    borderRadius: 6,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      siderBg: '#ffffff',
      bodyBg: brandColors.portalBackground,
      headerPadding: '0 24px',
    },
    Menu: {
      itemSelectedColor: brandColors.primaryDark,
      itemSelectedBg: '#e3eefa',
    },
  },
};
